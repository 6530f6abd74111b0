#pragma once

// IdenticonProvider: "image://identicon/<address>" is the blockies picture MetaMask and Etherscan
// show beside that address (core/eth/blockies), drawn cell by cell at the size asked for. Pure
// computation on 64 cells: no file, no network.

#include <QQuickImageProvider>

namespace dd::app {

class IdenticonProvider : public QQuickImageProvider {
public:
    IdenticonProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace dd::app

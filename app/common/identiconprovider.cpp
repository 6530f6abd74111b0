#include "common/identiconprovider.h"

#include "crypto/address.h"
#include "eth/blockies.h"

#include <QColor>
#include <QPainter>

namespace dd::app {

IdenticonProvider::IdenticonProvider() : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage IdenticonProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    constexpr int kDefaultSide = 32;
    const int side = std::clamp(
        requestedSize.isValid() ? std::max(requestedSize.width(), requestedSize.height()) : kDefaultSide, 8, 256);
    if (size)
        *size = QSize(side, side);
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    auto address = crypto::Address::parse(id);
    if (!address) {
        image.fill(Qt::transparent); // not an address: nothing to picture
        return image;
    }
    const eth::Blockies icon = eth::blockiesForAddress(address.value());
    const QColor colours[] = {QColor(icon.background), QColor(icon.color), QColor(icon.spot)};
    image.fill(colours[0]);
    QPainter painter(&image);
    for (int i = 0; i < icon.cells.size(); ++i) {
        const int row = i / icon.size;
        const int column = i % icon.size;
        // Edges by integer division, so the cells tile the square without gaps at any size.
        const QRect cell(QPoint(column * side / icon.size, row * side / icon.size),
            QPoint((column + 1) * side / icon.size - 1, (row + 1) * side / icon.size - 1));
        painter.fillRect(cell, colours[std::clamp(icon.cells.at(i), 0, 2)]);
    }
    return image;
}

} // namespace dd::app

#pragma once

// The catalog's values as the Datasets section shows them: an entry as a map for QML (its status,
// size and price in words), a Data Package's resources with their fields, and the list's size
// classes. Pure functions: CatalogController calls them on what it read from the cache.

#include "cache/catalogreader.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <utility>

namespace dd::app {

// A size class's bytes (SI, as the list shows sizes); each bound belongs to the class above it.
// (-1, -1) for any size.
std::pair<qint64, qint64> sizeBounds(const QString &sizeClass);
QString statusLabel(cache::DatasetStatus status);
QString sizeText(qint64 bytes);
QVariantMap entryMap(const cache::CatalogEntry &e, const QString &symbol);
// The first rows of a table, from the first bytes of its file (a gateway's sample): its columns
// and at most maxRows rows, whole lines only.
struct TablePreview {
    QStringList columns;
    QList<QStringList> rows;
};
TablePreview tablePreview(QByteArray sample, int maxRows);
// The resources of a Data Package as the dataset page lists them, with their schema fields.
QVariantList resourcesOf(const QJsonObject &metadata);

} // namespace dd::app

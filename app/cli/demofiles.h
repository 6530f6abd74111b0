#pragma once

// The demo catalog's files (`devnet up --demo-datasets`), made on the spot from fixed seeds so
// that every devnet gets the same CIDs. Each table is made to show one thing a curator's report
// finds, or that it finds nothing: documented gaps, personal data, duplicated rows, a copy of
// another dataset's file, fewer rows than claimed.

#include <QByteArray>

namespace dd::cli::demo {

QByteArray weatherReadings(); // five stations through 2024; precipitation sometimes missing
QByteArray weatherStations();
QByteArray airQuality(); // JSON Lines
QByteArray streetTrees();
QByteArray meterReadings(); // about 1.5 MB
QByteArray pixelPng(); // a 1x1 PNG
QByteArray newsletterSignups(); // e-mail addresses and phone numbers: personal data
QByteArray bikeCounts(); // most rows uploaded twice or three times
QByteArray parkingOccupancy(); // 500 rows (the demo's metadata claims 5,000)
QByteArray tramRidership();

} // namespace dd::cli::demo

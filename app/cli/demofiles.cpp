#include "cli/demofiles.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace dd::cli::demo {

namespace {

// Deterministic numbers for the demo tables: the same devnet gets the same CIDs.
struct Sequence {
    quint32 state;
    int next(int range)
    {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(range));
    }
};

} // namespace

QByteArray weatherReadings()
{
    QByteArray out("station,day,temp_c,precip_mm\n");
    const char *stations[] = {"Alpine", "Bay", "Coast", "Delta", "Estuary"};
    Sequence r {7};
    for (int day = 0; day < 365; ++day) {
        const QByteArray date = QDate(2024, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1();
        for (const char *station : stations) {
            const int temp = r.next(400) - 100; // tenths of a degree
            const QByteArray precip = r.next(10) == 0 ? QByteArray() : QByteArray::number(r.next(300) / 10.0, 'f', 1);
            out += QByteArray(station) + ',' + date + ',' + QByteArray::number(temp / 10.0, 'f', 1) + ',' + precip
                + '\n';
        }
    }
    return out;
}

QByteArray airQuality()
{
    QByteArray out;
    Sequence r {11};
    for (int i = 0; i < 2000; ++i)
        out += QByteArray(R"({"sensor":"S-)") + QByteArray::number(1 + i % 12) + R"(","time":")"
            + QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC).addSecs(i * 900).toString(Qt::ISODate).toLatin1()
            + R"(","pm25":)" + QByteArray::number(r.next(800) / 10.0, 'f', 1) + R"(,"no2":)"
            + QByteArray::number(r.next(120)) + "}\n";
    return out;
}

QByteArray streetTrees()
{
    QByteArray out("tree_id,species,planted,height_m,district\n");
    const char *species[] = {"Quercus robur", "Tilia cordata", "Acer platanoides", "Platanus x hispanica"};
    const char *districts[] = {"North", "Harbour", "Old Town", "Riverside"};
    Sequence r {23};
    for (int i = 1; i <= 800; ++i)
        out += "T" + QByteArray::number(10000 + i) + ',' + species[r.next(4)] + ','
            + QByteArray::number(1950 + r.next(74)) + ',' + QByteArray::number(2 + r.next(280) / 10.0, 'f', 1) + ','
            + districts[r.next(4)] + '\n';
    return out;
}

QByteArray meterReadings()
{
    // About 1.5 MB: a dataset in the 1-100 MB class.
    QByteArray out("meter,hour,kwh\n");
    Sequence r {31};
    for (int meter = 1; meter <= 12; ++meter)
        for (int hour = 0; hour < 24 * 182; ++hour)
            out += "M" + QByteArray::number(meter).rightJustified(3, '0') + ','
                + QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)
                      .addSecs(hour * 3600)
                      .toString(Qt::ISODate)
                      .toLatin1()
                + ',' + QByteArray::number(r.next(5000) / 1000.0, 'f', 3) + '\n';
    return out;
}

// A 1x1 PNG (the PNG spec's signature, IHDR, IDAT and IEND chunks).
QByteArray pixelPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
}

QByteArray weatherStations()
{
    return "station,lat,lon,elevation_m\nAlpine,47.37,8.54,1410\nBay,37.80,-122.42,5\nCoast,51.50,-3.18,12\n"
           "Delta,29.95,-90.07,2\nEstuary,53.55,9.99,8\n";
}

QByteArray newsletterSignups()
{
    QByteArray out("signup_id,email,phone,city,signed_up\n");
    const char *first[] = {"ana", "ben", "chloe", "dmitri", "eva", "farid", "greta", "hugo"};
    const char *last[] = {"silva", "okafor", "martin", "ivanova", "nowak", "haddad", "berg", "laurent"};
    const char *cities[] = {"Lisbon", "Lagos", "Lyon", "Riga", "Gdansk", "Beirut", "Oslo", "Ghent"};
    Sequence r {41};
    for (int i = 1; i <= 600; ++i) {
        const int f = r.next(8), l = r.next(8);
        out += QByteArray::number(i) + ',' + first[f] + '.' + last[l] + QByteArray::number(r.next(90) + 10)
            + "@example.org,+44 20 7946 " + QByteArray::number(1000 + r.next(9000)) + ',' + cities[r.next(8)] + ','
            + QDate(2024, 1, 1).addDays(r.next(366)).toString(Qt::ISODate).toLatin1() + '\n';
    }
    return out;
}

QByteArray bikeCounts()
{
    // A counter whose uploads were retried: most hours arrive two or three times.
    QByteArray out("counter,hour,bikes\n");
    const char *counters[] = {"Bridge St", "Canal Path", "Market Sq"};
    Sequence r {53};
    for (int hour = 0; hour < 24 * 30; ++hour)
        for (const char *counter : counters) {
            const QByteArray row = QByteArray(counter) + ','
                + QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC)
                      .addSecs(hour * 3600)
                      .toString(Qt::ISODate)
                      .toLatin1()
                + ',' + QByteArray::number(r.next(240)) + '\n';
            const int copies = 1 + r.next(3);
            for (int c = 0; c < copies; ++c)
                out += row;
        }
    return out;
}

QByteArray parkingOccupancy()
{
    QByteArray out("garage,time,free_spaces,capacity\n");
    const char *garages[] = {"Central", "Station", "Harbour", "Museum", "Arena"};
    const int capacity[] = {420, 310, 180, 95, 650};
    Sequence r {67};
    for (int slot = 0; slot < 100; ++slot)
        for (int g = 0; g < 5; ++g)
            out += QByteArray(garages[g]) + ','
                + QDateTime(QDate(2024, 9, 2), QTime(6, 0), Qt::UTC)
                      .addSecs(slot * 600)
                      .toString(Qt::ISODate)
                      .toLatin1()
                + ',' + QByteArray::number(r.next(capacity[g])) + ',' + QByteArray::number(capacity[g]) + '\n';
    return out;
}

QByteArray tramRidership()
{
    QByteArray out("line,stop,day,boardings,alightings\n");
    const char *stops[] = {"Central", "University", "Old Market", "Riverside", "Airport"};
    Sequence r {79};
    for (int line = 1; line <= 4; ++line)
        for (int day = 0; day < 60; ++day)
            for (const char *stop : stops)
                out += QByteArray::number(line) + ',' + stop + ','
                    + QDate(2024, 4, 1).addDays(day).toString(Qt::ISODate).toLatin1() + ','
                    + QByteArray::number(200 + r.next(1800)) + ',' + QByteArray::number(200 + r.next(1800)) + '\n';
    return out;
}

} // namespace dd::cli::demo

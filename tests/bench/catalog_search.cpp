// Catalog search benchmark: a DAO cache with N datasets written through the app's own path
// (registry events stored and rebuilt, then each metadata file's contents), then the searches a
// member types, each run many times through CatalogReader on a read-only connection, as the
// Datasets page does. Prints p50, p95 and the slowest per query kind.
// Usage: bench_catalog_search [N]   (default 100000; issue 5's goal: p95 <= 10 ms)

#include "cache/cachedatabase.h"
#include "cache/catalogreader.h"
#include "cache/catalogwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace dd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    static const char *const words[] = {"weather", "climate", "traffic", "genome", "satellite", "retail", "energy",
        "health", "finance", "images", "speech", "language", "ocean", "forest", "city", "sensor", "survey", "census",
        "market", "transport", "soil", "air", "water", "crop", "solar"};
    static const char *const licenses[] = {"CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "ODbL-1.0", "MIT"};
    static const char *const formats[] = {"csv", "parquet", "json", "png", "jsonl"};
    QRandomGenerator random(7);
    QElapsedTimer timer;
    timer.start();
    {
        cache::CacheDatabase database(path, QStringLiteral("bench-writer"), cache::CacheDatabase::Role::Writer);
        if (auto opened = database.open(); !opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
            return 1;
        }
        database.db().transaction();
        QList<cache::DatasetEventRecord> events;
        for (int i = 1; i <= count; ++i) {
            cache::DatasetEventRecord e;
            e.at = {quint64(i), 0, QStringLiteral("0x%1").arg(i, 64, 16, QLatin1Char('0'))};
            e.datasetId = quint64(i);
            e.kind = QStringLiteral("submitted");
            e.actor = crypto::Address::fromBytes(QByteArray(19, '\x11') + char(i % 50)).value();
            e.data = {{QStringLiteral("contentCid"), QStringLiteral("bafy%1").arg(i)},
                {QStringLiteral("metadataCid"), QStringLiteral("bafk%1").arg(i)},
                {QStringLiteral("size"), double(random.bounded(1 << 30))},
                {QStringLiteral("license"), QLatin1String(licenses[i % 5])},
                {QStringLiteral("accessPrice"),
                    QString::number(random.bounded(1000)) + QStringLiteral("000000000000000000")},
                {QStringLiteral("stake"), QStringLiteral("100000000000000000000")}};
            events.append(e);
            if (events.size() == 5000) {
                if (auto stored = cache::catalog::storeEvents(database.db(), events); !stored) {
                    std::fprintf(stderr, "%s\n", qPrintable(stored.message()));
                    return 1;
                }
                events.clear();
            }
        }
        database.db().commit();
        cache::CatalogWriter writer(database); // one transaction per file, as the fetcher does
        for (int i = 1; i <= count; ++i) {
            QStringList keywords;
            for (int k = 0; k < 3; ++k)
                keywords.append(QLatin1String(words[random.bounded(25)]));
            const QJsonObject package {{QStringLiteral("name"), QStringLiteral("set-%1").arg(i)},
                {QStringLiteral("title"),
                    QStringLiteral("%1 %2 data set %3")
                        .arg(QLatin1String(words[random.bounded(25)]), QLatin1String(words[random.bounded(25)]))
                        .arg(i)},
                {QStringLiteral("description"),
                    QStringLiteral("Measurements of %1 collected by %2 stations.")
                        .arg(QLatin1String(words[random.bounded(25)]), QLatin1String(words[random.bounded(25)]))},
                {QStringLiteral("keywords"), QJsonArray::fromStringList(keywords)},
                {QStringLiteral("resources"),
                    QJsonArray {QJsonObject {{QStringLiteral("path"), QStringLiteral("a")},
                        {QStringLiteral("format"), QLatin1String(formats[i % 5])}}}}};
            if (auto stored = writer.setMetadata(
                    quint64(i), QStringLiteral("bafk%1").arg(i), QJsonDocument(package).toJson(QJsonDocument::Compact));
                !stored) {
                std::fprintf(stderr, "%s\n", qPrintable(stored.message()));
                return 1;
            }
        }
    }
    std::printf("%d datasets written in %.1f s\n", count, double(timer.elapsed()) / 1000.0);

    cache::CacheDatabase database(path, QStringLiteral("bench-reader"), cache::CacheDatabase::Role::Reader);
    if (auto opened = database.open(); !opened)
        return 1;
    cache::CatalogReader reader(database);
    struct Kind {
        const char *name;
        std::function<cache::CatalogQuery(int)> make;
    };
    const QList<Kind> kinds {
        {"newest, no filter", [](int) { return cache::CatalogQuery {}; }},
        {"one word",
            [](int i) {
                cache::CatalogQuery q;
                q.text = QLatin1String(words[i % 25]);
                return q;
            }},
        {"prefix of a word",
            [](int i) {
                cache::CatalogQuery q;
                q.text = QLatin1String(words[i % 25]).left(4);
                return q;
            }},
        {"two words",
            [](int i) {
                cache::CatalogQuery q;
                q.text = QStringLiteral("%1 %2").arg(QLatin1String(words[i % 25]), QLatin1String(words[(i * 7) % 25]));
                return q;
            }},
        {"word + license + format",
            [](int i) {
                cache::CatalogQuery q;
                q.text = QLatin1String(words[i % 25]);
                q.license = QStringLiteral("CC-BY-4.0");
                q.format = QStringLiteral("csv");
                return q;
            }},
        {"status + size range, by size",
            [](int) {
                cache::CatalogQuery q;
                q.status = cache::DatasetStatus::Pending;
                q.minSize = 1000;
                q.maxSize = 500000000;
                q.order = cache::CatalogQuery::Order::Largest;
                return q;
            }},
        {"word, by title",
            [](int i) {
                cache::CatalogQuery q;
                q.text = QLatin1String(words[i % 25]);
                q.order = cache::CatalogQuery::Order::Title;
                return q;
            }},
        {"all, by title",
            [](int) {
                cache::CatalogQuery q;
                q.order = cache::CatalogQuery::Order::Title;
                return q;
            }},
        {"all, cheapest first",
            [](int) {
                cache::CatalogQuery q;
                q.order = cache::CatalogQuery::Order::Cheapest;
                return q;
            }},
    };
    double worstP95 = 0;
    for (const Kind &kind : kinds) {
        QList<double> ms;
        for (int i = 0; i < 200; ++i) {
            const cache::CatalogQuery query = kind.make(i);
            QElapsedTimer t;
            t.start();
            auto page = reader.page(query); // the page and the count, as the Datasets section asks
            ms.append(double(t.nsecsElapsed()) / 1e6);
            if (!page)
                return 1;
            if (i == 0)
                std::printf("  (%s: %lld matches)\n", kind.name, static_cast<long long>(page.value().total));
        }
        std::sort(ms.begin(), ms.end());
        const double p95 = ms[int(ms.size() * 0.95)];
        worstP95 = std::max(worstP95, p95);
        std::printf("  %-30s p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", kind.name, ms[ms.size() / 2], p95, ms.last());
    }
    std::printf("search over %d datasets (first 200 results and the count): worst p95 %.2f ms (goal <= 10 ms)\n", count,
        worstP95);
    return 0;
}

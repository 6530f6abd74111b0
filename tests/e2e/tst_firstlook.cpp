// The first look, in a real window: run under xvfb-run with the xcb platform (ctest's
// e2e_first_look), as a new user meets the app after the README's first command: a devnet with
// the demo data, the app opened on its profile (AppContext::start, as main() does
// with --profile), every section opened for the first time, without a wallet and then, after a
// restart, with one. Each section's key items must have a size, lie inside the window and not
// overlap the page's header; the lists the cache holds must show rows. Offscreen rendering does
// not show the layout faults this catches (a page first shown inside a StackLayout kept the
// layout it had while hidden), so this runs in a real window. Screenshots: first-look-*.png.

#include "runningapp.h"

#include "datasets/catalogcontroller.h"
#include "governance/governancecontroller.h"
#include "governance/proposallistmodel.h"
#include "network/chaincontroller.h"
#include "network/chainsync.h"

#include "dao/walletservice.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

namespace {

struct Section {
    const char *key;
    QStringList mustShow; // objectNames that must be visible, with a size, on first look
    // The item right under the header: no empty band between them (at most kBandPx).
    QString underHeader = {};
};

constexpr double kBandPx = 72;

bool isPageHeader(const QQuickItem *item)
{
    return QString::fromLatin1(item->metaObject()->className()).startsWith(QLatin1String("PageHeader"));
}

QQuickItem *findHeader(QQuickItem *root)
{
    if (isPageHeader(root) && root->isVisible())
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findHeader(child))
            return found;
    return nullptr;
}

bool related(const QQuickItem *a, const QQuickItem *b)
{
    for (const QQuickItem *p = a; p; p = p->parentItem())
        if (p == b)
            return true;
    for (const QQuickItem *p = b; p; p = p->parentItem())
        if (p == a)
            return true;
    return false;
}

// Where the text of item ends, in window coordinates: the lowest line any of its labels draws.
// (A layout in Qt 6.4 could keep a height computed while the page was hidden: the item is then
// taller than what it shows.)
double textBottom(const QQuickItem *item)
{
    double bottom = item->mapRectToScene(QRectF(0, 0, item->width(), 0)).top();
    const QVariant content = item->property("contentHeight");
    if (item->isVisible() && content.isValid() && item->inherits("QQuickText"))
        bottom = std::max(bottom, item->mapRectToScene(QRectF(0, 0, 0, content.toDouble())).bottom());
    for (const QQuickItem *child : item->childItems())
        if (child->isVisible())
            bottom = std::max(bottom, textBottom(child));
    return bottom;
}

// What of item a clipping ancestor lets show, in window coordinates (empty: scrolled away).
QRectF shownRect(const QQuickItem *item)
{
    QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (p->clip())
            rect &= p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
    return rect;
}

// Every visible named item under root, as the page shows it.
void namedItems(QQuickItem *root, QList<QQuickItem *> &out)
{
    if (!root->isVisible())
        return;
    if (!root->objectName().isEmpty())
        out.append(root);
    for (QQuickItem *child : root->childItems())
        namedItems(child, out);
}

} // namespace

class TestFirstLook : public QObject {
    Q_OBJECT

    QTemporaryDir m_devnet;
    QTemporaryDir m_data;
    test::RunningApp m_app;

    QString profilePath() const { return QDir(m_devnet.path()).filePath(QStringLiteral("devnet.json")); }

    // What is wrong with the page on screen now, in words; empty when nothing is.
    QString problems(const Section &section) const
    {
        QStringList out;
        QQuickItem *page = m_app.ui->item(QStringLiteral("page_%1").arg(QLatin1String(section.key)));
        if (!page || !page->isVisible())
            return QStringLiteral("the page is not shown");
        const QRectF window(QPointF(0, 0), m_app.ui->window()->size());
        QQuickItem *header = findHeader(page);
        const QRectF headerRect
            = header ? header->mapRectToScene(QRectF(0, 0, header->width(), header->height())) : QRectF();
        if (header && (headerRect.isEmpty() || !window.contains(headerRect)))
            out.append(QStringLiteral("the header has no size or lies outside the window"));
        for (const QString &name : section.mustShow) {
            QQuickItem *item = m_app.ui->item(name, page);
            if (!item || !item->isVisible() || item->width() <= 0 || item->height() <= 0)
                out.append(QStringLiteral("%1 is not shown").arg(name));
        }
        if (header && headerRect.bottom() - textBottom(header) > kBandPx)
            out.append(QStringLiteral("the header is %1 px taller than its text")
                           .arg(qRound(headerRect.bottom() - textBottom(header))));
        if (!section.underHeader.isEmpty() && header) {
            QQuickItem *next = m_app.ui->item(section.underHeader, page);
            const double gap = next
                ? next->mapRectToScene(QRectF(0, 0, next->width(), next->height())).top() - textBottom(header)
                : 0;
            if (next && gap > kBandPx)
                out.append(QStringLiteral("an empty band of %1 px between the header and %2")
                               .arg(qRound(gap))
                               .arg(section.underHeader));
        }
        QList<QQuickItem *> items;
        namedItems(page, items);
        for (QQuickItem *item : std::as_const(items)) {
            if (item == page)
                continue;
            const QRectF shown = shownRect(item);
            if (shown.isEmpty())
                continue; // scrolled out of its view: not on screen
            const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            if (item->width() <= 0 || item->height() <= 0)
                out.append(QStringLiteral("%1 has no size").arg(item->objectName()));
            else if (!window.contains(shown))
                out.append(QStringLiteral("%1 lies outside the window").arg(item->objectName()));
            else if (header && !related(item, header) && rect.intersects(headerRect))
                out.append(QStringLiteral("%1 overlaps the page's header").arg(item->objectName()));
        }
        return out.join(QStringLiteral("; "));
    }

    void lookAtEverySection(const QString &pass, const QList<Section> &sections)
    {
        for (const Section &section : sections) {
            const QString key = QLatin1String(section.key);
            QVERIFY2(m_app.ui->click(QStringLiteral("nav_") + key), section.key);
            QTRY_VERIFY_WITH_TIMEOUT(m_app.ui->element(QStringLiteral("page_") + key)->isVisible(), 5000);
            // The layout has a few frames to settle; a fault that stays is a fault.
            QTRY_VERIFY2_WITH_TIMEOUT(problems(section).isEmpty(),
                qPrintable(QStringLiteral("%1, %2: %3").arg(pass, key, problems(section))), 3000);
            m_app.ui->screenshot(QStringLiteral("first-look-%1-%2").arg(pass, key));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_devnet.isValid() && m_data.isValid());
        QProcess up;
        up.start(QStringLiteral(DD_CLI),
            {QStringLiteral("devnet"), QStringLiteral("up"), QStringLiteral("--dir"), m_devnet.path(),
                QStringLiteral("--demo-datasets")});
        QVERIFY(up.waitForFinished(180000));
        QVERIFY2(up.exitCode() == 0, up.readAllStandardError().constData());
    }

    void everySectionWithoutAWallet()
    {
        m_app.start(m_data.path(), true, profilePath());
        // The first start reads the chain into the cache while Home shows; then every other
        // section is opened for the first time, with the cache full.
        auto *governance = m_app.context->governanceController();
        QTRY_VERIFY_WITH_TIMEOUT(
            governance->proposals()->rowCount() > 0 && !m_app.context->chainSync()->syncing(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.context->catalogController()->totalCount() > 0, 30000);
        lookAtEverySection(QStringLiteral("no-wallet"),
            {{"home", {QStringLiteral("homeEmpty")}},
                {"datasets", {QStringLiteral("datasetSearch"), QStringLiteral("datasetList")},
                    QStringLiteral("datasetSearch")},
                {"contribute", {QStringLiteral("contributeDropZone")}}, {"curation", {}},
                {"governance", {QStringLiteral("proposalSearch"), QStringLiteral("proposalList")},
                    QStringLiteral("proposalFilter")},
                {"compute", {}}, {"wallet", {QStringLiteral("walletEmpty")}},
                {"settings", {QStringLiteral("themeLight"), QStringLiteral("openProfileButton")}}});
        // A member of the DAO: the development phrase's account 0, imported for the next start.
        crypto::keystore::ScryptParams light;
        light.n = 1 << 10;
        m_app.context->wallet().setScryptParams(light);
        auto imported = m_app.context->wallet().importPrivateKey(
            QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
            QStringLiteral("first look"), QStringLiteral("Member"));
        // Not waitForFinished(): it would take the task off the pool and run it here, on the
        // GUI thread (IoThreadGuard records that).
        QTRY_VERIFY_WITH_TIMEOUT(imported.isFinished(), 30000);
        QVERIFY2(imported.result(), qPrintable(imported.result().message()));
        m_app.stop();
    }

    void everySectionWithAWallet()
    {
        m_app.start(m_data.path(), true);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.context->chainController()->connected(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.context->governanceController()->proposals()->rowCount() > 0, 20000);
        lookAtEverySection(QStringLiteral("wallet"),
            {{"home", {}},
                {"datasets", {QStringLiteral("datasetSearch"), QStringLiteral("datasetList")},
                    QStringLiteral("datasetSearch")},
                {"contribute", {QStringLiteral("contributeDropZone")}}, {"curation", {}},
                {"governance",
                    {QStringLiteral("newProposal"), QStringLiteral("proposalSearch"), QStringLiteral("proposalList")},
                    QStringLiteral("proposalFilter")},
                {"compute", {}}, {"wallet", {QStringLiteral("accountList")}},
                {"settings", {QStringLiteral("themeLight"), QStringLiteral("openProfileButton")}}});
        m_app.stop();
    }

    void cleanupTestCase()
    {
        QProcess down;
        down.start(QStringLiteral(DD_CLI),
            {QStringLiteral("devnet"), QStringLiteral("down"), QStringLiteral("--dir"), m_devnet.path()});
        down.waitForFinished(30000);
    }
};

std::unique_ptr<QObject> makeFirstLookTest()
{
    return std::make_unique<TestFirstLook>();
}

#include "tst_firstlook.moc"

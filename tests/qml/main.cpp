// Qt Quick Test of the shared components (qml/components): each tst_*.qml here loads the real
// DataDao module. The components read Theme, which follows AppSettings, so a real AppContext
// (on a temporary data folder, no DAO opened) stands behind the singletons, as in the app.

#include "appcontext.h"

#include <QEventLoop>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(DataDaoBridgePlugin)
Q_IMPORT_QML_PLUGIN(DataDaoPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        m_context = std::make_unique<dd::app::AppContext>(m_dir.path());
        QEventLoop started;
        m_context->start(dd::app::AppContext::InitialProfile::None, {}, [&started] { started.quit(); });
        started.exec();
    }
    void qmlEngineAvailable(QQmlEngine *engine) { m_context->attachEngine(engine); }
    void cleanupTestCase() { m_context.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<dd::app::AppContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(components, Setup)

#include "main.moc"

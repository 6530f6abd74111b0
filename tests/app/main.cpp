// tests/app: the controllers with fake services (fakes.h), each Qt Test class registered with
// DD_REGISTER_TEST and run in turn. DD_TEST_CLASS=TestProposalController runs one.

#include "../unit/testregistry.h"
#include "fakes.h"

#include <QGuiApplication>
#include <QTest>

namespace dd::test {

dao::DaoProfile testProfile()
{
    const auto address = testAddress;
    dao::DaoProfile profile;
    profile.name = QStringLiteral("Test DAO");
    profile.chainId = 31337;
    profile.token = address(1);
    profile.timelock = address(2);
    profile.governor = address(3);
    return profile;
}

QString writeDeadNodeProfile(const QTemporaryDir &dir, const QString &name)
{
    dao::DaoProfile profile = testProfile();
    profile.rpcUrls = {QUrl(QStringLiteral("http://127.0.0.1:9"))};
    const QString path = dir.filePath(name);
    if (auto saved = profile.save(path); !saved)
        qWarning() << saved.message();
    return path;
}

} // namespace dd::test

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    int failures = 0;
    const QByteArray only = qgetenv("DD_TEST_CLASS");
    for (const auto &factory : dd::test::registry()) {
        auto test = factory();
        if (!only.isEmpty() && only != test->metaObject()->className())
            continue;
        failures += QTest::qExec(test.get(), argc, argv) == 0 ? 0 : 1;
    }
    return failures;
}

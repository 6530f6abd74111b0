// Runs every registered Qt Test class; the exit code is the number of failed classes.
// DD_TEST_CLASS=TestForum runs one class only (Qt Test's own arguments then name its functions).

#include "testregistry.h"

#include <QCoreApplication>
#include <QTest>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    int passed = 0;
    const QByteArray only = qgetenv("DD_TEST_CLASS");
    for (const auto &factory : dd::test::registry()) {
        auto test = factory();
        if (!only.isEmpty() && only != test->metaObject()->className())
            continue;
        const int result = QTest::qExec(test.get(), argc, argv);
        result == 0 ? ++passed : ++failures;
    }
    QTextStream(stdout) << "Test classes: " << passed << " passed, " << failures << " failed\n";
    return failures;
}

#pragma once

// Lets several Qt Test classes live in one executable (few executables keep CI builds fast).
// Each test file registers its class with DD_REGISTER_TEST; main runs them all in turn.

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace dd::test {

using TestFactory = std::function<std::unique_ptr<QObject>()>;

inline std::vector<TestFactory> &registry()
{
    static std::vector<TestFactory> factories;
    return factories;
}

struct Registrar {
    explicit Registrar(TestFactory factory) { registry().push_back(std::move(factory)); }
};

} // namespace dd::test

#define DD_REGISTER_TEST(Class)                                                                                        \
    static const dd::test::Registrar Class##Registrar([] { return std::unique_ptr<QObject>(new Class); })

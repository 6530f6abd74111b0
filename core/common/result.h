#pragma once

// Result<T>: a value or an error a user can read. Core functions return these instead of
// empty values, so every failure arrives with words that say what went wrong.

#include <QString>

#include <utility>
#include <variant>

namespace dd {

enum class ErrorCode {
    Generic,
    WrongPassword, // the keystore MAC did not match: the password is wrong
    InvalidInput, // the user typed or chose something that cannot be used
    Io, // the disk refused a read or write
    Cancelled,
    Network, // a node could not be reached, timed out, or answered garbage
    Rpc, // a node answered with a JSON-RPC error (data holds its "data", e.g. revert bytes)
    WrongNetwork, // the node's chain id is not the one expected
};

struct Error {
    QString message;
    ErrorCode code = ErrorCode::Generic;
    QString data; // optional detail for code (JSON-RPC error data, revert bytes as hex)
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    static Result failure(QString message, ErrorCode code = ErrorCode::Generic)
    {
        return Result(Error {std::move(message), code, {}});
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    // As std::optional's: the value, or the fallback when this is an error.
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString message() const { return ok() ? QString() : error().message; }
    ErrorCode code() const { return ok() ? ErrorCode::Generic : error().code; }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but can fail.
struct Unit { };
using Status = Result<Unit>;
inline Status success()
{
    return Status(Unit {});
}

} // namespace dd

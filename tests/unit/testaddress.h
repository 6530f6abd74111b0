#pragma once

// A made-up address for tests: 0x00…00<last>. Tests that need a few distinct addresses
// (accounts, contracts of a made-up DAO) name them by their last byte.

#include "crypto/address.h"

#include <QByteArray>

namespace dd::test {

inline crypto::Address testAddress(char last)
{
    QByteArray bytes(20, '\0');
    bytes[19] = last;
    return crypto::Address::fromBytes(bytes).value();
}

} // namespace dd::test

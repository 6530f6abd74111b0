#include "eth/transaction.h"

#include "crypto/keccak.h"
#include "eth/rlp.h"

namespace dd::eth {

namespace {

using rlp::Item;

Item number(const UInt256 &n)
{
    return Item::string(n.toMinimalBigEndian());
}
Item number(quint64 n)
{
    return number(UInt256(n));
}
Item toItem(const std::optional<crypto::Address> &to)
{
    return Item::string(to ? to->bytes() : QByteArray());
}

Item accessListItem(const std::vector<AccessListEntry> &entries)
{
    std::vector<Item> items;
    for (const AccessListEntry &entry : entries) {
        std::vector<Item> keys;
        for (const QByteArray &key : entry.storageKeys)
            keys.push_back(Item::string(key));
        items.push_back(Item::list({Item::string(entry.address.bytes()), Item::list(std::move(keys))}));
    }
    return Item::list(std::move(items));
}

std::vector<Item> fields1559(const Transaction &tx)
{
    return {number(tx.chainId), number(tx.nonce), number(tx.maxPriorityFeePerGas), number(tx.maxFeePerGas),
        number(tx.gasLimit), toItem(tx.to), number(tx.value), Item::string(tx.data), accessListItem(tx.accessList)};
}

// [[address, [storageKey, ...]], ...]: each address 20 bytes, each key 32.
Result<std::vector<AccessListEntry>> accessListFrom(const Item &item)
{
    using Entries = Result<std::vector<AccessListEntry>>;
    const auto bad = [](const QString &why) {
        return Entries::failure(QStringLiteral("the access list %1").arg(why), ErrorCode::InvalidInput);
    };
    if (!item.isList)
        return bad(QStringLiteral("is not a list"));
    std::vector<AccessListEntry> entries;
    for (const Item &entry : item.items) {
        if (!entry.isList || entry.items.size() != 2 || entry.items[0].isList || entry.items[0].bytes.size() != 20
            || !entry.items[1].isList)
            return bad(QStringLiteral("holds an entry that is not [address, [storage keys]]"));
        AccessListEntry out;
        out.address = crypto::Address::fromBytes(entry.items[0].bytes).value();
        for (const Item &key : entry.items[1].items) {
            if (key.isList || key.bytes.size() != 32)
                return bad(QStringLiteral("holds a storage key that is not 32 bytes"));
            out.storageKeys.push_back(key.bytes);
        }
        entries.push_back(std::move(out));
    }
    return entries;
}

std::vector<Item> fieldsLegacy(const Transaction &tx)
{
    return {number(tx.nonce), number(tx.maxFeePerGas), number(tx.gasLimit), toItem(tx.to), number(tx.value),
        Item::string(tx.data)};
}

QByteArray minimal(const QByteArray &bigEndian32)
{
    return UInt256::fromBigEndian(bigEndian32).value().toMinimalBigEndian();
}

Result<DecodedTransaction> invalid(const QString &why)
{
    return Result<DecodedTransaction>::failure(
        QStringLiteral("Not a valid raw transaction: %1").arg(why), ErrorCode::InvalidInput);
}

Result<UInt256> numberFrom(const Item &item)
{
    if (item.isList)
        return Result<UInt256>::failure(QStringLiteral("expected a number, found a list"), ErrorCode::InvalidInput);
    if (!item.bytes.isEmpty() && item.bytes[0] == 0)
        return Result<UInt256>::failure(QStringLiteral("a number has a leading zero"), ErrorCode::InvalidInput);
    return UInt256::fromBigEndian(item.bytes);
}

} // namespace

QByteArray Transaction::signingHash() const
{
    if (type == Type::Eip1559)
        return crypto::keccak256(QByteArray(1, '\x02') + rlp::encode(Item::list(fields1559(*this))));
    std::vector<Item> fields = fieldsLegacy(*this);
    fields.push_back(number(chainId));
    fields.push_back(number(UInt256(0)));
    fields.push_back(number(UInt256(0)));
    return crypto::keccak256(rlp::encode(Item::list(fields)));
}

QByteArray Transaction::encodeSigned(const crypto::Signature &signature) const
{
    if (type == Type::Eip1559) {
        std::vector<Item> fields = fields1559(*this);
        fields.push_back(number(UInt256(std::uint64_t(signature.recoveryId))));
        fields.push_back(Item::string(minimal(signature.r)));
        fields.push_back(Item::string(minimal(signature.s)));
        return QByteArray(1, '\x02') + rlp::encode(Item::list(fields));
    }
    std::vector<Item> fields = fieldsLegacy(*this);
    fields.push_back(number(UInt256(chainId) * UInt256(2) + UInt256(35 + std::uint64_t(signature.recoveryId))));
    fields.push_back(Item::string(minimal(signature.r)));
    fields.push_back(Item::string(minimal(signature.s)));
    return rlp::encode(Item::list(fields));
}

Result<DecodedTransaction> decodeRawTransaction(const QByteArray &raw)
{
    if (raw.isEmpty())
        return invalid(QStringLiteral("it is empty"));
    DecodedTransaction out;
    Transaction &tx = out.transaction;
    const bool typed = static_cast<unsigned char>(raw[0]) < 0x7f;
    if (typed && raw[0] != '\x02')
        return invalid(QStringLiteral("transaction type %1 is not supported (only 2 and legacy)").arg(int(raw[0])));
    auto decoded = rlp::decode(typed ? raw.mid(1) : raw);
    if (!decoded)
        return invalid(decoded.message());
    const Item &list = decoded.value();
    const std::size_t expected = typed ? 12 : 9;
    if (!list.isList || list.items.size() != expected)
        return invalid(QStringLiteral("expected %1 fields").arg(expected));
    std::vector<UInt256> n;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const bool isNumber = typed ? (i != 5 && i != 7 && i != 8) : (i != 3 && i != 5);
        if (!isNumber)
            continue;
        auto value = numberFrom(list.items[i]);
        if (!value)
            return invalid(QStringLiteral("field %1: %2").arg(i).arg(value.message()));
        n.resize(list.items.size());
        n[i] = value.value();
    }
    const Item &toItem = list.items[typed ? 5 : 3];
    const Item &dataItem = list.items[typed ? 7 : 5];
    if (toItem.isList || dataItem.isList || (!toItem.bytes.isEmpty() && toItem.bytes.size() != 20))
        return invalid(QStringLiteral("bad recipient or data"));
    if (!toItem.bytes.isEmpty())
        tx.to = crypto::Address::fromBytes(toItem.bytes).value();
    tx.data = dataItem.bytes;
    UInt256 v;
    if (typed) {
        tx.type = Transaction::Type::Eip1559;
        if (!n[0].fitsIn(64))
            return invalid(QStringLiteral("chain id too large"));
        tx.chainId = n[0].low64();
        tx.nonce = n[1];
        tx.maxPriorityFeePerGas = n[2];
        tx.maxFeePerGas = n[3];
        tx.gasLimit = n[4];
        tx.value = n[6];
        // Signed over: a list ignored here would recover another sender.
        auto accessList = accessListFrom(list.items[8]);
        if (!accessList)
            return invalid(accessList.message());
        tx.accessList = std::move(accessList).value();
        v = n[9];
        if (v > UInt256(1))
            return invalid(QStringLiteral("y parity must be 0 or 1"));
        out.signature.recoveryId = int(v.low64());
        out.signature.r = n[10].toBigEndian();
        out.signature.s = n[11].toBigEndian();
    } else {
        tx.type = Transaction::Type::Legacy;
        tx.nonce = n[0];
        tx.maxFeePerGas = n[1];
        tx.gasLimit = n[2];
        tx.value = n[4];
        v = n[6];
        if (!v.fitsIn(64) || v.low64() < 35)
            return invalid(QStringLiteral("pre-EIP-155 signatures (v=27/28) are not accepted"));
        tx.chainId = (v.low64() - 35) / 2;
        out.signature.recoveryId = int((v.low64() - 35) % 2);
        out.signature.r = n[7].toBigEndian();
        out.signature.s = n[8].toBigEndian();
    }
    auto publicKey = crypto::recoverPublicKey(tx.signingHash(), out.signature);
    if (!publicKey)
        return invalid(publicKey.message());
    out.sender = crypto::Address::fromPublicKey(publicKey.value());
    out.hash = crypto::keccak256(raw);
    return out;
}

} // namespace dd::eth

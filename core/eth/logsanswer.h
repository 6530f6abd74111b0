#pragma once

// A node's answer to eth_getLogs, read straight from the HTTP body into logs with their bytes
// decoded. A full governance sync reads 100,000 logs (70 MB of JSON) this way: parsed with
// simdjson's On-Demand API (a Debian package), which walks the text once, instead of building a
// QJsonDocument tree and copying every hex string into a QString first.
//
// The shape is the Ethereum execution API's (https://ethereum.github.io/execution-apis/api-documentation/,
// eth_getLogs; the Log object in src/schemas/receipt.yaml): a JSON-RPC 2.0 response whose
// result is an array of objects with removed, logIndex, blockNumber, blockHash,
// transactionHash, address, data and topics. Other members (transactionIndex, blockTimestamp)
// are skipped. Refused in words: anything that is not such an answer to the request sent.
// Time and memory are linear in the body's size (tests/fuzz/fuzz_logsanswer.cpp).

#include "common/result.h"
#include "crypto/address.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace dd::eth {

struct LogEntry {
    crypto::Address address;
    QList<QByteArray> topics; // each 32 bytes
    QByteArray data;
    quint64 blockNumber = 0;
    quint32 logIndex = 0;
    QString blockHash; // 0x and 64 hex digits, as the node wrote it
    QString transactionHash;
    bool removed = false;
};

// The logs of the answer whose id is sentId. A JSON-RPC error (a node that refuses the range
// or the result count) comes back with code Rpc and the node's words, as responseResult gives
// it; a body that is not such an answer, with code Network. node: named in the words.
Result<QList<LogEntry>> parseLogsAnswer(QByteArrayView body, qint64 sentId, const QString &node);

} // namespace dd::eth

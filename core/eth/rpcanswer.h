#pragma once

// What a JSON-RPC node answers (https://www.jsonrpc.org/specification, section 5), read apart
// from the HTTP client so every byte a node sends goes through one parser (and its fuzz target,
// tests/fuzz/fuzz_rpcanswer.cpp): the body checked as JSON of the right shape and id, and each
// response turned into its result or its error in words.

#include "common/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace dd::eth {

// One response object to its result; an "error" member becomes an error in words (code Rpc,
// its data kept), a response without a result a network error. node: named in the words.
Result<QJsonValue> responseResult(const QJsonObject &response, const QString &node);

// The body of an answer: an object whose id is sentId, or (batch) an array. In words otherwise.
Result<QJsonValue> parseAnswerBody(const QByteArray &body, bool batch, const QJsonValue &sentId, const QString &node);

// A batch's responses, matched to its calls by id (firstId, firstId + 1, ...): one result per
// call, in the calls' order; a call left unanswered is an error.
QList<Result<QJsonValue>> batchResults(
    const QJsonArray &responses, qint64 firstId, qsizetype count, const QString &node);

} // namespace dd::eth

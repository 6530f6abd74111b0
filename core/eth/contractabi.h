#pragma once

// A contract's ABI as solc writes it (the "abi" array of an artifact): its functions, events and
// custom errors, looked up by name, selector or topic. It also turns revert data into words.

#include "common/result.h"
#include "eth/abifunction.h"
#include "eth/abivalue.h"

#include <QHash>
#include <QJsonArray>

namespace dd::eth {

struct DecodedEvent {
    const AbiFunction *event = nullptr;
    AbiValue::List values; // in declaration order, indexed and not
};

class ContractAbi {
public:
    static Result<ContractAbi> fromJson(const QJsonArray &abi);
    // An artifact from resources/contracts/artifacts ({contractName, abi, bytecode}).
    static Result<ContractAbi> fromArtifact(const QByteArray &artifactJson, QByteArray *bytecode = nullptr);
    // The embedded artifact of one of the DAO's contracts, e.g. "DaoGovernor".
    static Result<ContractAbi> embedded(const QString &contractName, QByteArray *bytecode = nullptr);

    QString name() const { return m_name; }
    const AbiFunction *function(const QString &name) const; // first overload with that name
    const AbiFunction *functionBySignature(const QString &signature) const;
    const AbiFunction *functionBySelector(const QByteArray &selector) const;
    const AbiFunction *eventByTopic(const QByteArray &topic) const;
    const AbiFunction *constructor() const { return m_constructor.has_value() ? &*m_constructor : nullptr; }
    const std::vector<AbiFunction> &functions() const { return m_functions; }
    const std::vector<AbiFunction> &events() const { return m_events; }

    // Selector + ABI-encoded arguments for the function with this name (or full signature).
    Result<QByteArray> encodeCall(const QString &nameOrSignature, const AbiValue::List &args) const;
    // Decodes a function's return data.
    Result<AbiValue::List> decodeResult(const QString &nameOrSignature, const QByteArray &data) const;
    // The bytecode plus ABI-encoded constructor arguments, to deploy.
    Result<QByteArray> encodeDeployment(const QByteArray &bytecode, const AbiValue::List &args) const;

    // Words for revert data: Error(string), Panic(uint256) and this contract's custom errors.
    QString describeRevert(const QByteArray &data) const;
    // Takes the other contract's custom errors too (for reverts of calls that cross contracts,
    // or when the target's ABI is not known but its errors may be).
    void addErrorsFrom(const ContractAbi &other);
    // A sentence per custom error name, with {argument} where that argument's value goes
    // ("{curator} has already reviewed dataset #{id}"): describeRevert leads with it, and keeps
    // the error as decoded after it.
    void setErrorWords(QHash<QString, QString> words) { m_errorWords = std::move(words); }
    // Decodes a log's topics and data against this contract's events.
    Result<DecodedEvent> decodeLog(const QList<QByteArray> &topics, const QByteArray &data) const;

private:
    QString m_name;
    std::vector<AbiFunction> m_functions;
    std::vector<AbiFunction> m_events;
    QHash<QByteArray, std::size_t> m_eventsByTopic; // topic0 -> index in m_events (logs are decoded in bulk)
    std::vector<AbiFunction> m_errors;
    QHash<QString, QString> m_errorWords;
    std::optional<AbiFunction> m_constructor;
};

// Words for a Solidity panic code (0x11: arithmetic overflow, ...).
QString panicReason(quint64 code);

} // namespace dd::eth

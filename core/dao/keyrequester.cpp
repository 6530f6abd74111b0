#include "dao/keyrequester.h"

namespace dd::dao {

Result<QByteArray> KeySigner::signTransaction(const crypto::Address &from, const eth::Transaction &transaction)
{
    for (const crypto::PrivateKey &key : std::as_const(m_keys))
        if (key.address() == from)
            return transaction.sign(key);
    return Result<QByteArray>::failure(
        QStringLiteral("No key for %1 was given (--private-key, --mnemonic or --keystore).")
            .arg(from.toChecksumString()),
        ErrorCode::InvalidInput);
}

KeyRequester::KeyRequester(eth::JsonRpcClient &client, const DaoProfile &profile, QList<crypto::PrivateKey> keys,
    const QString &journalFile, Announce announce)
    : m_signer(std::move(keys)),
      m_journal(journalFile),
      m_service(client, m_signer, m_journal, profile.name, profile.chainId),
      m_names(knownNames(profile)),
      m_announce(std::move(announce))
{
}

Status KeyRequester::open()
{
    m_opened = m_journal.open();
    return m_opened;
}

Result<eth::Receipt> KeyRequester::send(const TransactionAsk &ask, const std::atomic_bool *cancel)
{
    if (!m_opened)
        return m_opened.error();
    if (cancel && *cancel)
        return Result<eth::Receipt>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
    TransactionAsk named = ask;
    named.names = m_names;
    named.names.merge(ask.names);
    auto prepared = m_service.prepare(named);
    if (!prepared)
        return prepared.error();
    if (!prepared.value().warning.isEmpty())
        return Result<eth::Receipt>::failure(prepared.value().warning, ErrorCode::InvalidInput);
    if (m_announce)
        m_announce(prepared.value());
    return m_service.signAndSend(prepared.value());
}

} // namespace dd::dao

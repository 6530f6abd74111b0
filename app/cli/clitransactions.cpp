#include "cli/clitransactions.h"

#include "cli/commands.h"
#include "cli/transferrun.h"

#include "common/hex.h"
#include "storage/transfers.h"

#include <QFileInfo>

namespace dd::cli {

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

QString journalBesideProfile(const QString &profilePath)
{
    const QFileInfo profile(profilePath);
    return profile.absoluteDir().filePath(profile.completeBaseName() + QStringLiteral(".journal.sqlite"));
}

CliRequester::CliRequester(eth::JsonRpcClient &client, const dao::DaoProfile &profile, QList<crypto::PrivateKey> keys,
    const QString &journalFile, bool announce)
    : m_signer(std::move(keys)),
      m_journal(journalFile),
      m_service(client, m_signer, m_journal, profile.name, profile.chainId),
      m_names(dao::knownNames(profile)),
      m_announce(announce)
{
}

Status CliRequester::open()
{
    m_opened = m_journal.open();
    return m_opened;
}

Result<eth::Receipt> CliRequester::send(const dao::TransactionAsk &ask, const std::atomic_bool *cancel)
{
    if (!m_opened)
        return m_opened.error();
    if (cancel && *cancel)
        return Result<eth::Receipt>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
    dao::TransactionAsk named = ask;
    named.names = m_names;
    named.names.merge(ask.names);
    auto prepared = m_service.prepare(named);
    if (!prepared)
        return prepared.error();
    if (!prepared.value().warning.isEmpty())
        return Result<eth::Receipt>::failure(prepared.value().warning, ErrorCode::InvalidInput);
    if (m_announce)
        print(QStringLiteral("%1 (nonce %2)").arg(ask.summary, prepared.value().transaction.nonce.toDecimal()));
    return m_service.signAndSend(prepared.value());
}

Status CliPublicationHost::upload(
    dao::CarToUpload &car, const QUrl &api, const std::function<void()> &recorded, const std::atomic_bool *)
{
    storage::CarUpload::Options options;
    options.api = api;
    options.firstSegment = car.segmentsAcknowledged;
    if (m_segmentBytes > 0)
        options.segmentBytes = m_segmentBytes;
    if (m_printSteps && car.segmentsAcknowledged > 0)
        print(QStringLiteral("Continuing the upload at segment %1").arg(car.segmentsAcknowledged + 1));
    storage::CarUpload upload(m_network, car.path, options);
    QObject::connect(&upload, &storage::CarUpload::segmentDone, [&](int done, int) {
        car.segmentsAcknowledged = done;
        recorded(); // a stop from here on resumes after it
    });
    return runTransfer(upload, [&upload] { upload.start(); });
}

void CliPublicationHost::progress(dao::PublicationStep step, double fraction, const QString &text)
{
    // A line where a step begins and where it ends; the fractions between are for the window's
    // bars. Registration is announced transaction by transaction by the requester instead.
    if (!m_printSteps || step == dao::PublicationStep::Register)
        return;
    const bool begins = step == dao::PublicationStep::Prepare && fraction == 0 && !m_preparing;
    if (begins)
        m_preparing = true;
    const bool ends = fraction == 1 && step == dao::PublicationStep::Upload; // the CIDs are printed by the command
    if (begins || ends || step == dao::PublicationStep::Pin)
        print(text);
}

} // namespace dd::cli

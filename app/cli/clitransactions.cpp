#include "cli/clitransactions.h"

#include "cli/commands.h"
#include "storage/blockingtransfer.h"

#include "common/hex.h"
#include "storage/transfers.h"

#include <QFileInfo>

namespace dd::cli {

QString journalBesideProfile(const QString &profilePath)
{
    const QFileInfo profile(profilePath);
    return profile.absoluteDir().filePath(profile.completeBaseName() + QStringLiteral(".journal.sqlite"));
}

CliRequester::CliRequester(eth::JsonRpcClient &client, const dao::DaoProfile &profile, QList<crypto::PrivateKey> keys,
    const QString &journalFile, bool announce)
    : dao::KeyRequester(client, profile, std::move(keys), journalFile,
        announce ? Announce([](const dao::PreparedTransaction &prepared) {
            print(QStringLiteral("%1 (nonce %2)").arg(prepared.summary, prepared.transaction.nonce.toDecimal()));
        })
                 : Announce())
{
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
    return storage::runTransfer(upload, [&upload] { upload.start(); });
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

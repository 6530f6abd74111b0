#include "governance/signedvotes.h"

#include "dao/votewords.h"

#include "common/executor.h"
#include "common/logging.h"
#include "dao/transactionjournal.h"

#include <QLocale>

namespace dd::app {

SignedVotes::SignedVotes(Executor &executor, dao::TransactionJournal &journal, OpenDao &dao, QObject *parent)
    : QObject(parent), m_executor(executor), m_journal(journal), m_dao(dao)
{
    m_dao.whenProfileChanges(this, [this] { reload(); });
    reload();
}

void SignedVotes::reload()
{
    const int generation = ++m_generation;
    if (!m_dao.profile()) {
        m_votes.clear();
        emit changed();
        return;
    }
    dao::TransactionJournal *journal = &m_journal;
    const quint64 chainId = m_dao.profile()->chainId;
    const crypto::Address governor = m_dao.profile()->governor;
    m_executor.submit(
        this,
        [journal, chainId, governor]() -> Result<QList<dao::SignedVote>> {
            auto votes = journal->signedVotes(chainId, true);
            if (!votes)
                return votes;
            QList<dao::SignedVote> out;
            for (const dao::SignedVote &vote : votes.value())
                if (vote.ballot.governor == governor)
                    out.append(vote);
            return out;
        },
        [this, generation](const Result<QList<dao::SignedVote>> &votes) {
            if (generation != m_generation)
                return;
            if (!votes)
                qCWarning(lcWallet) << votes.message();
            m_votes = votes.value_or({});
            emit changed();
        });
}

QVariantList SignedVotes::rows() const
{
    QVariantList out;
    for (const dao::SignedVote &vote : m_votes) {
        const int support = vote.ballot.support;
        out.append(QVariantMap {{QStringLiteral("id"), vote.id}, {QStringLiteral("title"), vote.title},
            {QStringLiteral("proposalId"), vote.ballot.proposalId.toDecimal()},
            {QStringLiteral("choice"), dao::supportLabel(support)},
            {QStringLiteral("voter"), vote.ballot.voter.toChecksumString()},
            {QStringLiteral("reason"), vote.ballot.reason},
            {QStringLiteral("signedAt"), QLocale().toString(vote.signedAt.toLocalTime(), QLocale::ShortFormat)}});
    }
    return out;
}

} // namespace dd::app

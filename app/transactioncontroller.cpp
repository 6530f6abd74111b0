#include "transactioncontroller.h"

#include "appcontext.h"
#include "chaincontroller.h"
#include "futurewatch.h"

#include "common/hex.h"
#include "dao/daodeployer.h"
#include "dao/transactionservice.h"
#include "dao/walletservice.h"
#include "eth/units.h"

#include <QQmlEngine>
#include <QtConcurrent>

namespace dd::app {

TransactionController::TransactionController(
    dao::WalletService &wallet, ChainController &chain, dao::TransactionJournal &journal, QObject *parent)
    : QObject(parent), m_wallet(wallet), m_chain(chain), m_journal(journal)
{
}

TransactionController::~TransactionController() = default;

TransactionController *TransactionController::create(QQmlEngine *, QJSEngine *)
{
    TransactionController *controller = AppContext::instance()->transactionController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

void TransactionController::setStage(const QString &stage, const QString &message)
{
    m_stage = stage;
    m_message = message;
    emit changed();
}

void TransactionController::requestTransfer(const QString &from, const QString &to, const QString &amount)
{
    auto recipient = crypto::Address::parse(to);
    if (!recipient) {
        setStage(QStringLiteral("failed"), recipient.message());
        return;
    }
    auto value = eth::parseUnits(amount, 18);
    if (!value || value.value().isZero()) {
        setStage(QStringLiteral("failed"), value ? tr("Enter an amount above zero.") : value.message());
        return;
    }
    prepareContractCall(Contract::Token, from, QStringLiteral("transfer"),
        {eth::AbiValue::bytes(recipient.value().bytes()), eth::AbiValue::number(value.value())},
        tr("Send %1 %2 to %3")
            .arg(eth::formatUnits(value.value(), 18), m_chain.tokenSymbol(), recipient.value().toChecksumString()));
}

void TransactionController::requestDelegate(const QString &from, const QString &delegatee)
{
    auto to = crypto::Address::parse(delegatee);
    if (!to) {
        setStage(QStringLiteral("failed"), to.message());
        return;
    }
    prepareContractCall(Contract::Token, from, QStringLiteral("delegate"), {eth::AbiValue::bytes(to.value().bytes())},
        to.value().toChecksumString() == from
            ? tr("Delegate your voting power to yourself")
            : tr("Delegate your voting power to %1").arg(to.value().toChecksumString()));
}

void TransactionController::requestVote(
    const QString &from, const QString &proposalId, int support, const QString &reason, const QString &title)
{
    auto id = eth::UInt256::fromDecimal(proposalId);
    if (!id || support < 0 || support > 2) {
        setStage(QStringLiteral("failed"), tr("That is not a proposal and a choice this app can vote with."));
        return;
    }
    const QString choice = support == 1 ? tr("for") : support == 0 ? tr("against") : tr("abstain on");
    const QString summary = tr("Vote %1 \"%2\"").arg(choice, title);
    eth::AbiValue::List args {eth::AbiValue::number(id.value()), eth::AbiValue::number(eth::UInt256(quint64(support)))};
    if (reason.trimmed().isEmpty()) {
        prepareContractCall(Contract::Governor, from, QStringLiteral("castVote"), args, summary);
        return;
    }
    args.push_back(eth::AbiValue::text(reason.trimmed()));
    prepareContractCall(Contract::Governor, from, QStringLiteral("castVoteWithReason"), args, summary);
}

void TransactionController::requestGovernorCall(
    const QString &from, const QString &function, const eth::AbiValue::List &args, const QString &summary)
{
    prepareContractCall(Contract::Governor, from, function, args, summary);
}

void TransactionController::prepareContractCall(Contract contract, const QString &from, const QString &function,
    const eth::AbiValue::List &args, const QString &summary)
{
    if (!m_chain.profile()) {
        setStage(QStringLiteral("failed"), tr("Open a DAO profile first (Settings)."));
        return;
    }
    const auto &abis = dao::DaoAbis::load();
    if (!abis) {
        setStage(QStringLiteral("failed"), abis.message());
        return;
    }
    const eth::ContractAbi &abi = contract == Contract::Token ? abis.value().token : abis.value().governor;
    const crypto::Address target = contract == Contract::Token ? m_chain.profile()->token : m_chain.profile()->governor;
    auto data = abi.encodeCall(function, args);
    if (!data) {
        setStage(QStringLiteral("failed"), data.message());
        return;
    }
    prepare(from, eth::TxRequest {target, {}, data.value(), &abi}, summary);
}

void TransactionController::prepare(const QString &from, const eth::TxRequest &request, const QString &summary)
{
    auto sender = crypto::Address::parse(from);
    if (!sender || !m_chain.client()) {
        setStage(QStringLiteral("failed"), sender ? tr("No node is connected.") : sender.message());
        return;
    }
    m_summary = summary;
    m_details.clear();
    m_warning.clear();
    m_hash.clear();
    m_prepared.reset();
    setStage(QStringLiteral("preparing"), tr("Simulating the transaction and estimating its fee…"));
    const int generation = ++m_generation;
    eth::JsonRpcClient *client = m_chain.client();
    const dao::DaoProfile profile = *m_chain.profile();
    dao::WalletService *wallet = &m_wallet;
    dao::TransactionJournal *journal = &m_journal;
    const crypto::Address address = sender.value();
    const QString contractName = request.abi ? request.abi->name() : QString();
    // Amounts read in tokens only where the target is the DAO's token.
    const QString symbol = request.to && *request.to == profile.token ? m_chain.tokenSymbol() : QString();
    auto future
        = QtConcurrent::run([client, profile, wallet, journal, address, request, summary, contractName, symbol] {
              dao::TransactionService service(*client, *wallet, *journal, profile.name, profile.chainId);
              return service.prepare(address, request, summary, contractName, symbol);
          });
    onFinished(this, future, [this, generation](const Result<dao::PreparedTransaction> &prepared) {
        if (generation != m_generation)
            return;
        if (!prepared) {
            setStage(QStringLiteral("failed"), prepared.message());
            return;
        }
        m_prepared = std::make_unique<dao::PreparedTransaction>(prepared.value());
        m_details.clear();
        for (const auto &[label, value] : prepared.value().details)
            m_details.append(QVariantMap {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
        m_warning = prepared.value().warning;
        setStage(QStringLiteral("review"));
    });
}

void TransactionController::confirm()
{
    if (m_stage != QLatin1String("review") || !m_prepared || !m_chain.client() || !m_warning.isEmpty())
        return;
    setStage(QStringLiteral("sending"), tr("Signing and sending…"));
    const int generation = m_generation;
    eth::JsonRpcClient *client = m_chain.client();
    const dao::DaoProfile profile = *m_chain.profile();
    dao::WalletService *wallet = &m_wallet;
    dao::TransactionJournal *journal = &m_journal;
    const dao::PreparedTransaction prepared = *m_prepared;
    auto submitted = QtConcurrent::run([client, profile, wallet, journal, prepared] {
        dao::TransactionService service(*client, *wallet, *journal, profile.name, profile.chainId);
        return service.signAndSubmit(prepared);
    });
    onFinished(this, submitted, [this, generation, client, profile, wallet, journal](const Result<QByteArray> &hash) {
        emit journalChanged();
        if (generation != m_generation)
            return;
        if (!hash) {
            setStage(QStringLiteral("failed"), hash.message());
            return;
        }
        m_hash = toHex(hash.value());
        setStage(QStringLiteral("sending"), tr("Sent. Waiting for it to be mined…"));
        auto mined = QtConcurrent::run([client, profile, wallet, journal, hash = hash.value()] {
            dao::TransactionService service(*client, *wallet, *journal, profile.name, profile.chainId);
            return service.awaitReceipt(hash);
        });
        onFinished(this, mined, [this, generation](const Result<eth::Receipt> &receipt) {
            emit journalChanged();
            if (generation != m_generation)
                return;
            if (!receipt) {
                setStage(QStringLiteral("failed"), receipt.message());
                return;
            }
            setStage(QStringLiteral("done"), tr("Confirmed in block %1.").arg(receipt.value().blockNumber));
            m_chain.refresh();
        });
    });
}

void TransactionController::dismiss()
{
    ++m_generation;
    m_prepared.reset();
    m_details.clear();
    m_warning.clear();
    setStage(QStringLiteral("idle"));
}

} // namespace dd::app

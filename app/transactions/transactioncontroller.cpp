#include "transactions/transactioncontroller.h"

#include "appcontext.h"

#include "common/executor.h"
#include "common/hex.h"
#include "dao/tokencalls.h"
#include "dao/transactionjournal.h"
#include "dao/transactionservice.h"
#include "dao/transactiontracker.h"
#include "dao/walletservice.h"
#include "eth/units.h"

#include <QQmlEngine>

namespace dd::app {

TransactionController::TransactionController(Executor &executor, dao::WalletService &wallet, OpenDao &dao,
    dao::TransactionJournal &journal, TransactionWatch &tracking, QObject *parent)
    : QObject(parent), m_executor(executor), m_wallet(wallet), m_dao(dao), m_journal(journal), m_tracking(tracking)
{
    m_tracking.whenSettled(this, [this](const dao::TrackedChange &change) { onSettled(change); });
}

TransactionController::~TransactionController()
{
    failAll(tr("The app is closing."));
}

TransactionController *TransactionController::create(QQmlEngine *, QJSEngine *)
{
    TransactionController *controller = AppContext::instance()->transactionController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

void TransactionController::setStage(Stage stage, const QString &message)
{
    m_stage = stage;
    m_message = message;
    emit changed();
}

void TransactionController::refuse(const QString &message)
{
    if (sheetBusy())
        return; // the sheet is about something else: the caller says it where it asked
    resetReview();
    m_summary.clear();
    setStage(Stage::Failed, message);
}

void TransactionController::requestTransfer(const QString &from, const QString &to, const QString &amount)
{
    auto sender = crypto::Address::parse(from);
    auto recipient = crypto::Address::parse(to);
    auto value = eth::parseUnits(amount, 18);
    if (!sender || !recipient || !value || !m_dao.profile()) {
        refuse(!recipient ? recipient.message()
                : !value  ? value.message()
                : !sender ? sender.message()
                          : tr("Open a DAO profile first (Settings)."));
        return;
    }
    auto transfer
        = dao::transferAsk(*m_dao.profile(), sender.value(), recipient.value(), value.value(), m_dao.tokenSymbol());
    if (!transfer)
        return refuse(transfer.message());
    ask(transfer.value());
}

void TransactionController::requestDelegate(const QString &from, const QString &delegatee)
{
    auto sender = crypto::Address::parse(from);
    auto to = crypto::Address::parse(delegatee);
    if (!sender || !to || !m_dao.profile()) {
        refuse(!to ? to.message() : !sender ? sender.message() : tr("Open a DAO profile first (Settings)."));
        return;
    }
    auto delegation = dao::delegateAsk(*m_dao.profile(), sender.value(), to.value(), m_dao.tokenSymbol());
    if (!delegation)
        return refuse(delegation.message());
    ask(delegation.value());
}

TransactionRequest *TransactionController::ask(const dao::TransactionAsk &ask)
{
    return enqueue(new TransactionRequest(ask, this));
}

TransactionRequest *TransactionController::askSignature(const SignatureAsk &ask)
{
    return enqueue(new TransactionRequest(ask, this));
}

TransactionRequest *TransactionController::enqueue(TransactionRequest *request)
{
    m_waiting.append(request);
    // Later, so the caller has connected to it before anything about it is said.
    QMetaObject::invokeMethod(this, &TransactionController::startNext, Qt::QueuedConnection);
    return request;
}

void TransactionController::withdraw(TransactionRequest *request)
{
    if (request && request == m_current) {
        dismiss();
        return;
    }
    m_waiting.removeAll(request);
    if (request)
        request->fail(tr("Cancelled."));
}

void TransactionController::failAll(const QString &message)
{
    ++m_generation;
    const QList<QPointer<TransactionRequest>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<TransactionRequest> &request : waiting)
        if (request)
            request->fail(message);
    // A sent one first: its caller hears that it was sent, not that it was dropped.
    for (const QPointer<TransactionRequest> &sent : std::exchange(m_sent, {}))
        if (sent)
            sent->fail(tr("It was sent; the history shows when it is mined."));
    if (m_current)
        m_current->fail(message);
    m_current = nullptr;
}

bool TransactionController::sheetBusy() const
{
    return m_stage == Stage::Preparing || m_stage == Stage::Review || m_stage == Stage::Sending;
}

void TransactionController::failCurrent(const QString &message)
{
    setStage(Stage::Failed, message);
    if (m_current)
        m_current->fail(message);
    m_current = nullptr;
    QMetaObject::invokeMethod(this, &TransactionController::startNext, Qt::QueuedConnection);
}

void TransactionController::startNext()
{
    if (sheetBusy())
        return; // it comes up once the sheet is free
    while (!m_waiting.isEmpty() && (!m_waiting.first() || m_waiting.first()->ended()))
        m_waiting.removeFirst();
    if (m_waiting.isEmpty())
        return;
    m_current = m_waiting.takeFirst();
    resetReview();
    m_hash.clear();
    m_summary = m_current->ask().summary;
    if (m_current->signature()) {
        prepareSignature(*m_current->signature());
        return;
    }
    if (!m_dao.client() || !m_dao.profile()) {
        failCurrent(tr("No node is connected."));
        return;
    }
    setStage(Stage::Preparing, tr("Simulating the transaction and estimating its fee…"));
    const int generation = ++m_generation;
    const dao::DaoProfile profile = *m_dao.profile();
    // The sheet names what this app knows: the DAO's contracts and roles, the wallet's accounts,
    // and what the asker named (a proposal's title, a dataset's).
    dao::TransactionAsk ask = m_current->ask();
    dao::KnownNames names = dao::knownNames(profile);
    for (const dao::AccountInfo &account : m_wallet.accounts())
        names.nameAddress(account.address, tr("your account \u201c%1\u201d").arg(account.name));
    names.merge(ask.names);
    ask.names = names;
    eth::JsonRpcClient *client = m_dao.client();
    dao::WalletService *wallet = &m_wallet;
    dao::TransactionJournal *journal = &m_journal;
    m_executor.submit(
        this,
        [client, profile, wallet, journal, ask] {
            dao::TransactionService service(*client, *wallet, *journal, profile.name, profile.chainId);
            return service.prepare(ask);
        },
        [this, generation](const Result<dao::PreparedTransaction> &prepared) {
            if (generation != m_generation)
                return;
            if (!prepared) {
                failCurrent(prepared.message());
                return;
            }
            m_prepared = std::make_unique<dao::PreparedTransaction>(prepared.value());
            m_details.clear();
            for (const auto &[label, value] : prepared.value().details)
                m_details.append(QVariantMap {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
            m_warning = prepared.value().warning;
            setStage(Stage::Review);
        });
}

void TransactionController::prepareSignature(const SignatureAsk &ask)
{
    setStage(Stage::Preparing, tr("Reading what the signature covers from the chain…"));
    const int generation = ++m_generation;
    m_executor.submit(this, ask.prepare, [this, generation](const Result<PreparedSignature> &prepared) {
        if (generation != m_generation)
            return; // dismissed meanwhile
        if (!prepared) {
            failCurrent(prepared.message());
            return;
        }
        for (const auto &[label, value] : prepared.value().details)
            m_details.append(QVariantMap {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
        m_sign = prepared.value().sign;
        setStage(Stage::Review);
    });
}

// What a dismissed sheet forgets; the last transaction's hash stays readable.
void TransactionController::resetReview()
{
    m_details.clear();
    m_warning.clear();
    m_prepared.reset();
    m_sign = nullptr;
}

void TransactionController::confirmSignature()
{
    if (!m_sign)
        return;
    setStage(Stage::Sending, tr("Signing…"));
    const int generation = m_generation;
    m_executor.submit(this, m_sign, [this, generation](const Result<QString> &words) {
        if (generation != m_generation)
            return;
        if (!words) {
            failCurrent(words.message());
            return;
        }
        setStage(Stage::Done, words.value());
        if (m_current)
            m_current->finishSigned(words.value());
        m_current = nullptr;
        startNext();
    });
}

void TransactionController::confirm()
{
    if (m_stage != Stage::Review || !m_current)
        return;
    if (m_current->signature()) {
        confirmSignature();
        return;
    }
    if (!m_prepared || !m_dao.client() || !m_warning.isEmpty())
        return;
    setStage(Stage::Sending, tr("Signing and sending…"));
    const int generation = m_generation;
    eth::JsonRpcClient *client = m_dao.client();
    const dao::DaoProfile profile = *m_dao.profile();
    dao::WalletService *wallet = &m_wallet;
    dao::TransactionJournal *journal = &m_journal;
    const dao::PreparedTransaction prepared = *m_prepared;
    m_executor.submit(
        this,
        [client, profile, wallet, journal, prepared] {
            dao::TransactionService service(*client, *wallet, *journal, profile.name, profile.chainId);
            return service.signAndSubmit(prepared);
        },
        [this, generation](const Result<QByteArray> &hash) {
            emit journalChanged();
            if (generation != m_generation)
                return;
            if (!hash) {
                failCurrent(hash.message());
                return;
            }
            m_hash = toHex(hash.value()).toLower();
            m_sent.insert(m_hash, m_current);
            setStage(Stage::Sending, tr("Sent. Waiting for it to be mined…"));
            m_tracking.checkNow(); // a node that mines at once answers now; others at their next block
        });
}

void TransactionController::onSettled(const dao::TrackedChange &change)
{
    if (change.status == QLatin1String("pending"))
        return;
    const QString hash = change.hash.toLower();
    QPointer<TransactionRequest> request = m_sent.take(hash);
    const bool shown = m_stage == Stage::Sending && m_hash.compare(hash, Qt::CaseInsensitive) == 0;
    const bool mined = change.status == QLatin1String("mined") && change.receipt;
    const QString words = mined ? tr("Confirmed in block %1.").arg(change.block)
        : change.status == QLatin1String("reverted")
        ? tr("The transaction was mined in block %1 but reverted.").arg(change.block)
        : change.note;
    if (request)
        mined ? request->finish(*change.receipt) : request->fail(words);
    if (!shown)
        return;
    setStage(mined ? Stage::Done : Stage::Failed, words);
    m_current = nullptr;
    startNext(); // the next of a sequence replaces the result shown
}

void TransactionController::dismiss()
{
    ++m_generation;
    // One sent already goes on: its caller hears from the tracker, the history shows it.
    if (m_current && !m_sent.contains(m_hash.toLower()))
        m_current->fail(tr("The confirmation was closed before \"%1\" was sent.").arg(m_current->ask().summary));
    m_current = nullptr;
    resetReview();
    setStage(Stage::Idle);
    startNext();
}

} // namespace dd::app

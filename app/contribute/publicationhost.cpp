#include "contribute/publicationhost.h"

#include "common/guianswer.h"
#include "transfers/transferqueue.h"

#include <memory>

namespace dd::app {

namespace {

// A queue item that will still go on by itself (queued, running or paused).
bool unfinished(TransferQueue::State state)
{
    using S = TransferQueue::State;
    return state == S::Queued || state == S::Running || state == S::Paused;
}

} // namespace

Status GuiPublicationHost::upload(
    dao::CarToUpload &car, const QUrl &api, const std::function<void()> &recorded, const std::atomic_bool *cancel)
{
    // Which item uploads this CAR: the one an earlier run started (still in the queue, or done),
    // else a new one; the queue itself resumes at the first segment the node has not acknowledged.
    struct Started {
        QString id;
        bool done = false;
    };
    auto started = std::make_shared<GuiAnswer<Started>>();
    auto finished = std::make_shared<GuiAnswer<Status>>();
    QPointer<TransferQueue> transfers = m_transfers;
    Listener listener = m_listener;
    QMetaObject::invokeMethod(m_transfers, [transfers, listener, car, api, started, finished] {
        if (!transfers)
            return started->give({});
        const QVariantMap item = transfers->item(car.transferId);
        const auto state = item.isEmpty() ? TransferQueue::State::Unknown
                                          : TransferQueue::State(item.value(QStringLiteral("state")).toInt());
        if (state == TransferQueue::State::Done)
            return started->give({car.transferId, true});
        QString id = car.transferId;
        if (unfinished(state)) {
            if (state == TransferQueue::State::Paused)
                transfers->resume(id);
        } else {
            id = transfers->addUpload(car.label, car.path, api);
        }
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(transfers, &TransferQueue::itemFinished, transfers,
            [id, finished, connection](const QString &which, bool ok, const QString &message) {
                if (which != id)
                    return;
                finished->give(ok ? success() : Status::failure(message));
                QObject::disconnect(*connection); // and with it this lambda, which holds connection
            });
        if (listener.receiver && listener.uploading)
            listener.uploading(id);
        started->give({id, false});
    });
    auto begun = started->wait(cancel);
    if (!begun)
        return Status::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
    if (begun->id.isEmpty())
        return Status::failure(QStringLiteral("The app is closing."), ErrorCode::Cancelled);
    if (begun->id != car.transferId) {
        car.transferId = begun->id;
        recorded();
    }
    if (begun->done)
        return success();
    auto result = finished->wait(cancel);
    if (!result) {
        const QString id = begun->id;
        QMetaObject::invokeMethod(m_transfers, [transfers, id] {
            if (transfers)
                transfers->cancel(id);
        });
        return Status::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
    }
    return *result;
}

void GuiPublicationHost::progress(dao::PublicationStep step, double fraction, const QString &text)
{
    if (!m_listener.receiver)
        return;
    QMetaObject::invokeMethod(m_listener.receiver, [listener = m_listener, step, fraction, text] {
        if (listener.receiver)
            listener.progress(step, fraction, text);
    });
}

void GuiPublicationHost::registered(const dao::PublishedDataset &dataset)
{
    if (!m_listener.receiver)
        return;
    QMetaObject::invokeMethod(m_listener.receiver, [listener = m_listener, dataset] {
        if (listener.receiver)
            listener.registered(dataset);
    });
}

} // namespace dd::app

#pragma once

// PublicationHost of the window: a publication job (core/dao/publicationjob) runs on a worker
// thread; its uploads go through the app's transfer queue (so they show in the transfers list,
// can be paused, and go on after a restart by themselves), and its progress reaches the
// Contribute section on the GUI thread.

#include "dao/publicationjob.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace dd::app {

class TransferQueue;

class GuiPublicationHost : public dao::PublicationHost {
public:
    // Both callbacks run on the GUI thread (receiver's), and only while receiver lives.
    struct Listener {
        QPointer<QObject> receiver;
        std::function<void(dao::PublicationStep, double, const QString &)> progress;
        std::function<void(const QString &transferId)> uploading; // an upload the queue runs for the job
        std::function<void(const dao::PublishedDataset &)> registered;
    };
    GuiPublicationHost(TransferQueue &transfers, Listener listener)
        : m_transfers(&transfers), m_listener(std::move(listener))
    {
    }

    Status upload(dao::CarToUpload &car, const QUrl &api, const std::function<void()> &recorded,
        const std::atomic_bool *cancel) override;
    void progress(dao::PublicationStep step, double fraction, const QString &text) override;
    void registered(const dao::PublishedDataset &dataset) override;

private:
    QPointer<TransferQueue> m_transfers;
    Listener m_listener;
};

} // namespace dd::app

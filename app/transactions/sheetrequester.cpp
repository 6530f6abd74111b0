#include "transactions/sheetrequester.h"

#include "common/guianswer.h"
#include "transactions/transactioncontroller.h"
#include "transactions/transactionrequest.h"

#include <QPointer>

#include <memory>

namespace dd::app {

Result<eth::Receipt> SheetRequester::send(const dao::TransactionAsk &ask, const std::atomic_bool *cancel)
{
    auto answer = std::make_shared<GuiAnswer<Result<eth::Receipt>>>();
    auto asked = std::make_shared<QPointer<TransactionRequest>>(); // touched on the GUI thread only
    QPointer<TransactionController> controller = m_controller;
    if (!controller || m_closing)
        return Result<eth::Receipt>::failure(QStringLiteral("The app is closing."), ErrorCode::Cancelled);
    QMetaObject::invokeMethod(controller, [controller, ask, answer, asked] {
        if (!controller)
            return answer->give(
                Result<eth::Receipt>::failure(QStringLiteral("The app is closing."), ErrorCode::Cancelled));
        TransactionRequest *request = controller->ask(ask);
        *asked = request;
        QObject::connect(request, &TransactionRequest::mined, [answer](const eth::Receipt &r) { answer->give(r); });
        QObject::connect(request, &TransactionRequest::failed,
            [answer](const QString &message) { answer->give(Result<eth::Receipt>::failure(message)); });
    });
    if (auto result = answer->wait(cancel, &m_closing))
        return *result;
    if (controller)
        QMetaObject::invokeMethod(controller, [controller, asked] {
            if (controller && *asked)
                controller->withdraw(*asked);
        });
    return Result<eth::Receipt>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
}

} // namespace dd::app

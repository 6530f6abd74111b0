#include "cache/governancerecords.h"

#include <QRegularExpression>

namespace dd::cache {

QString proposalTitle(const QString &description)
{
    const QString first = description.trimmed().section(u'\n', 0, 0).trimmed();
    static const QRegularExpression heading(QStringLiteral("^#+\\s*"));
    QString title = first;
    title.remove(heading);
    return title.isEmpty() ? QStringLiteral("(untitled)") : title.left(200);
}

bool isFinal(ProposalState state)
{
    return state == ProposalState::Canceled || state == ProposalState::Defeated || state == ProposalState::Expired
        || state == ProposalState::Executed;
}

} // namespace dd::cache

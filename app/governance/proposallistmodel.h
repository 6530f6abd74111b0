#pragma once

// ProposalListModel: the DAO's proposals from the cache, newest first, filtered (active, mine,
// all) and searched by title. Each row carries what the list shows: state, countdown in blocks
// and time, the tally as fractions for the bars, and progress toward quorum. Updates in place
// when the rows are the same proposals, so a view keeps its scroll position while sync runs.

#include "cache/governancereader.h"

#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace dd::app {

class ProposalListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by GovernanceController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        StateRole,
        StateTextRole,
        CountdownRole,
        ForRole,
        AgainstRole,
        AbstainRole,
        ForFractionRole,
        AgainstFractionRole,
        AbstainFractionRole,
        QuorumFractionRole,
        QuorumTextRole,
        VotersRole,
        ProposerRole,
        VotedRole,
    };

    explicit ProposalListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows (filtered and searched by the caller's rules).
    void setRows(const QList<cache::ProposalSummary> &rows, const cache::ChainPosition &position,
        const QSet<QString> &votedByMe);

    static QString stateText(cache::ProposalState state);
    static QString countdown(const cache::ProposalSummary &p, const cache::ChainPosition &position);

signals:
    void countChanged();

private:
    QList<cache::ProposalSummary> m_rows;
    cache::ChainPosition m_position;
    QSet<QString> m_voted;
};

} // namespace dd::app

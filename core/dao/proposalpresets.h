#pragma once

// The proposal builder's presets: what token holders decide about curation and the registry, as
// a form with each argument explained, built into the exact calls the timelock will execute.
// Make or remove a curator; change the review quorum, review period, reward, review fee, slash
// cap (the curation contract's parameters, the others kept as they are now), the marketplace fee
// or the minimum stake (the registry); fund the rewards pool from the treasury; decide an appeal
// or a dataset left to governance. proposalActionWords reads any such call back into words, for
// the builder's list and for every voter reading the proposal.

#include "common/result.h"
#include "dao/curationcalls.h"
#include "dao/daodeployer.h"
#include "dao/proposalaction.h"

#include <QHash>
#include <QList>
#include <QString>

namespace dd::dao {

struct PresetField {
    enum class Kind {
        Account, // 0x… address
        Count, // a whole number
        Days, // a duration, in days (decimals allowed)
        Tokens, // an amount of the DAO's token
        Percent, // 0-100, up to two decimals
        DatasetId,
        Choice, // one of choices (its index, as text)
        Text,
    };
    QString key;
    QString label;
    QString help; // what the argument does, in words
    Kind kind = Kind::Text;
    QStringList choices;
};

struct ProposalPreset {
    QString id; // "grant-curator"
    QString title; // "Make a member a curator"
    QString help; // what executing it changes
    QList<PresetField> fields;
    bool needsCurationParameters = false; // builds on the contract's parameters as they are now
};

// Every preset, in the order the builder lists them; tokenSymbol names amounts ("DATA").
QList<ProposalPreset> proposalPresets(const QString &tokenSymbol);

// What a preset builds on besides the member's values.
struct PresetContext {
    const DaoProfile &profile;
    const DaoAbis &abis;
    const CurationParameters *current = nullptr; // now, for the presets that keep the others
    QString tokenSymbol;
};

struct PresetAction {
    ProposalAction action;
    QString words;
};

// The calls of preset id with values (key -> text as typed); what is wrong is said in words,
// naming the field.
Result<QList<PresetAction>> presetActions(
    const QString &id, const QHash<QString, QString> &values, const PresetContext &context);

// One action in words when it is a call this app knows on the DAO's token, registry or curation
// contract ("make 0x… a curator", "set the review quorum to 3, …"); empty when it is not.
QString proposalActionWords(
    const ProposalAction &action, const DaoProfile &profile, const DaoAbis &abis, const QString &tokenSymbol);

} // namespace dd::dao

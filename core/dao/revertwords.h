#pragma once

// The DAO contracts' custom errors in words, for the transaction sheet and datadao-cli: a
// sentence per error name with {argument} placeholders (eth::ContractAbi::setErrorWords). The
// error as decoded follows the sentence, so nothing of it is hidden.

#include <QHash>
#include <QString>

namespace dd::dao {

QHash<QString, QString> daoErrorWords();

} // namespace dd::dao

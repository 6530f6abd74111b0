#pragma once

// The signer options every signing command of datadao-cli accepts, as cast names them.

#include "cli/commandline.h"

#include "common/result.h"
#include "crypto/privatekey.h"

#include <QSet>
#include <QString>

namespace dd::cli {

QSet<QString> signerOptions();
QString signerHelpText();
// The key named by --private-key (or positionalKey), --mnemonic (with index, passphrase or
// path) or --keystore (with --password, --password-file, or a prompt).
Result<crypto::PrivateKey> resolveSigner(const CommandLine &cl, const QString &positionalKey);

} // namespace dd::cli

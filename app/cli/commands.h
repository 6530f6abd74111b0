#pragma once

// The commands of datadao-cli. Each takes the arguments after its name, prints its result to
// stdout like cast does, and returns the process exit code (errors go to stderr).

#include "common/result.h"

#include <QStringList>
#include <QUrl>

namespace dd::cli {

int runKeccak(const QStringList &args);
int runToCheckSumAddress(const QStringList &args);
int runWallet(const QStringList &args);
int runSig(const QStringList &args);
int runCalldata(const QStringList &args);
int runAbiEncode(const QStringList &args);
int runAbiDecode(const QStringList &args);
int runDecodeCalldata(const QStringList &args);
int runMktx(const QStringList &args);
int runChainId(const QStringList &args);
int runBlockNumber(const QStringList &args);
int runBalance(const QStringList &args);
int runNonce(const QStringList &args);
int runCall(const QStringList &args);
int runSend(const QStringList &args);
int runReceipt(const QStringList &args);
int runDevnet(const QStringList &args);
int runSync(const QStringList &args);
int runCid(const QStringList &args);
int runCar(const QStringList &args);
int runCommp(const QStringList &args);
int runStorage(const QStringList &args);
int runPin(const QStringList &args);
int runDataset(const QStringList &args);
int runCuration(const QStringList &args);

// Shared by the commands: prints "Error: message" to stderr and returns 1.
int fail(const QString &message);
void print(const QString &line);

} // namespace dd::cli

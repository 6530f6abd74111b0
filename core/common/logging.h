#pragma once

// One logging category per core module. Nothing secret is ever passed to these.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcWallet)
Q_DECLARE_LOGGING_CATEGORY(lcChain)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcExecutor)

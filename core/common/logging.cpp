#include "common/logging.h"

Q_LOGGING_CATEGORY(lcCrypto, "dd.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWallet, "dd.wallet", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChain, "dd.chain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "dd.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExecutor, "dd.executor", QtInfoMsg)

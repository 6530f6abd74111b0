// keccak and to-check-sum-address, as cast has them.

#include "cli/commandline.h"
#include "cli/commands.h"

#include "common/hex.h"
#include "crypto/address.h"
#include "crypto/keccak.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace dd::cli {

int fail(const QString &message)
{
    QTextStream(stderr) << "Error: " << message << '\n';
    return 1;
}

void print(const QString &line)
{
    QTextStream(stdout) << line << '\n';
}

int runKeccak(const QStringList &args)
{
    CommandLine cl(args, {}, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Hash arbitrary data using Keccak-256\n\nUsage: datadao-cli keccak [DATA]\n\n"
                             "DATA starting with 0x is hex-decoded first; otherwise its UTF-8 bytes are hashed.\n"
                             "Without DATA, standard input is read."));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    QByteArray data;
    if (cl.positional().isEmpty()) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read standard input"));
        data = in.readAll();
        if (data.endsWith('\n'))
            data.chop(1);
    } else {
        data = cl.positional().first().toUtf8();
    }
    if (hasHexPrefix(QString::fromUtf8(data))) {
        auto bytes = fromHex(QString::fromUtf8(data));
        if (!bytes)
            return fail(bytes.message());
        data = bytes.value();
    }
    print(toHex(crypto::keccak256(data)));
    return 0;
}

int runToCheckSumAddress(const QStringList &args)
{
    CommandLine cl(args, {}, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Convert an address to its EIP-55 checksummed form\n\n"
                             "Usage: datadao-cli to-check-sum-address <ADDRESS>"));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("expected one address"));
    auto bytes = fromHex(cl.positional().first().trimmed());
    if (!bytes || bytes.value().size() != 20)
        return fail(QStringLiteral("'%1' is not a 20-byte hex address").arg(cl.positional().first()));
    print(crypto::Address::fromBytes(bytes.value()).value().toChecksumString());
    return 0;
}

} // namespace dd::cli

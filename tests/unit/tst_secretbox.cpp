// Sealed secrets (AES-256-GCM): the NIST SP 800-38D test case 14 key and plaintext round-trip;
// a changed byte, a cut-short box and the wrong key are refused in words, never opened as
// garbage; two seals of one secret differ (a fresh nonce each time).

#include "testregistry.h"

#include "crypto/secretbox.h"

#include <QTest>

using namespace dd;

class TestSecretBox : public QObject {
    Q_OBJECT

private slots:
    void roundTripAndRefusals()
    {
        const SecureBytes key(QByteArray(32, '\0'));
        const SecureBytes secret(QByteArrayView("a pinning service token"));
        auto sealed = crypto::sealSecret(key, secret);
        QVERIFY(sealed);
        QCOMPARE(sealed.value().size(), 12 + 23 + 16);
        QVERIFY(!sealed.value().contains("pinning"));
        auto opened = crypto::openSecret(key, sealed.value());
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY(opened.value() == secret);
        QVERIFY(crypto::sealSecret(key, secret).value() != sealed.value());

        QByteArray changed = sealed.value();
        changed[20] = char(changed[20] ^ 1);
        auto tampered = crypto::openSecret(key, changed);
        QVERIFY(!tampered && tampered.message().contains(QStringLiteral("does not open")));
        QVERIFY(!crypto::openSecret(key, sealed.value().left(20)));
        const SecureBytes other(QByteArray(32, '\x01'));
        QCOMPARE(crypto::openSecret(other, sealed.value()).code(), ErrorCode::WrongPassword);
        QVERIFY(!crypto::sealSecret(SecureBytes(QByteArray(16, '\0')), secret));
    }

    // NIST GCM test case 14 (AES-256, zero key and IV, one zero block): ciphertext and tag.
    void nistVector()
    {
        const SecureBytes key(QByteArray(32, '\0'));
        const SecureBytes block(QByteArray(16, '\0'));
        // The sealed form starts with its random nonce; with the vector's zero nonce the rest is
        // cea7403d4d606b6e074ec5d3baf39d18 || d0d1c8a799996bf0265b98b5d48ab919.
        QByteArray vector = QByteArray(12, '\0')
            + QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
        auto opened = crypto::openSecret(key, vector);
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY(opened.value() == block);
    }
};

DD_REGISTER_TEST(TestSecretBox);
#include "tst_secretbox.moc"

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCard</name>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="28"/>
        <source>Recovery phrase · %1</source>
        <translation>Wiederherstellungsphrase · %1</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="29"/>
        <source>Imported keystore file</source>
        <translation>Importierte Keystore-Datei</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="30"/>
        <source>Imported private key</source>
        <translation>Importierter privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="37"/>
        <source>Account %1, %2</source>
        <translation>Konto %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="37"/>
        <source>unlocked</source>
        <translation>entsperrt</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="37"/>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="67"/>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="67"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="82"/>
        <source>%1 %2 · %3 ETH · voting power %4 · %5</source>
        <translation>%1 %2 · %3 ETH · Stimmkraft %4 · %5</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="85"/>
        <source>not delegated: delegate to vote</source>
        <translation>nicht delegiert: zum Abstimmen delegieren</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="86"/>
        <source>delegated to self</source>
        <translation>an sich selbst delegiert</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="87"/>
        <source>delegated to %1</source>
        <translation>an %1 delegiert</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="102"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="102"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="108"/>
        <source>More…</source>
        <translation>Mehr…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="109"/>
        <source>More actions for %1</source>
        <translation>Weitere Aktionen für %1</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="117"/>
        <source>Send %1…</source>
        <translation>%1 senden…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="117"/>
        <source>tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="123"/>
        <source>Delegate votes…</source>
        <translation>Stimmen delegieren…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="128"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="129"/>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="132"/>
        <source>Add next account from this phrase…</source>
        <translation>Nächstes Konto aus dieser Phrase hinzufügen…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="137"/>
        <source>Export keystore file…</source>
        <translation>Keystore-Datei exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="139"/>
        <source>Remove from this computer…</source>
        <translation>Von diesem Computer entfernen…</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../qml/wallet/AddAccountDialog.qml" line="12"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AddAccountDialog.qml" line="13"/>
        <source>Add the next account</source>
        <translation>Nächstes Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AddAccountDialog.qml" line="14"/>
        <source>New account added and unlocked.</source>
        <translation>Neues Konto hinzugefügt und entsperrt.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AddAccountDialog.qml" line="34"/>
        <source>The next account comes from the same recovery phrase as %1 and uses the password you set when you created it.</source>
        <translation>Das nächste Konto stammt aus derselben Wiederherstellungsphrase wie %1 und nutzt das Passwort, das Sie beim Erstellen gesetzt haben.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AddAccountDialog.qml" line="36"/>
        <source>Account name (optional)</source>
        <translation>Kontoname (optional)</translation>
    </message>
    <message>
        <location filename="../qml/wallet/AddAccountDialog.qml" line="37"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>AddressText</name>
    <message>
        <location filename="../qml/components/AddressText.qml" line="39"/>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <location filename="../qml/components/AddressText.qml" line="43"/>
        <location filename="../qml/components/AddressText.qml" line="50"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../qml/components/AddressText.qml" line="47"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>AppealForm</name>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="36"/>
        <source>Appeal the rejection</source>
        <translation>Einspruch gegen die Ablehnung</translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="36"/>
        <source>Challenge the approval</source>
        <translation>Die Annahme anfechten</translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="43"/>
        <source>The token holders decide by a proposal. The deposit of %1 comes back if they overturn the rejection, and goes to the treasury if not.</source>
        <translation>Die Token-Inhaber entscheiden per Vorschlag. Die Kaution von %1 kommt zurück, wenn sie die Ablehnung aufheben, und geht sonst an die Schatzkammer.</translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="44"/>
        <source>The dataset goes back to review for a new round. The deposit of %1 comes back if the curators then reject it, and joins the rewards pool if not.</source>
        <translation>Der Datensatz geht für eine neue Runde zurück in die Prüfung. Die Kaution von %1 kommt zurück, wenn die Kuratoren ihn dann ablehnen, und geht sonst in den Belohnungstopf.</translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="54"/>
        <source>Why the rejection is wrong: what the curators missed, or what you corrected</source>
        <translation>Warum die Ablehnung falsch ist: was die Kuratoren übersehen haben oder was Sie korrigiert haben</translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="55"/>
        <source>What is wrong with the dataset, and where</source>
        <translation>Was an dem Datensatz falsch ist, und wo</translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="62"/>
        <source>Appeal with %1…</source>
        <translation>Einspruch mit %1…</translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="62"/>
        <source>Challenge with %1…</source>
        <translation>Anfechten mit %1…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../qml/wallet/ChangePasswordDialog.qml" line="12"/>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ChangePasswordDialog.qml" line="13"/>
        <source>Change the password of %1</source>
        <translation>Passwort von %1 ändern</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ChangePasswordDialog.qml" line="33"/>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ChangePasswordDialog.qml" line="34"/>
        <source>New password (at least 8 characters)</source>
        <translation>Neues Passwort (mindestens 8 Zeichen)</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ChangePasswordDialog.qml" line="35"/>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
</context>
<context>
    <name>ComputePage</name>
    <message>
        <location filename="../qml/compute/ComputePage.qml" line="17"/>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <location filename="../qml/compute/ComputePage.qml" line="18"/>
        <source>Rent compute over the DAO&apos;s data with tokens held in escrow, or offer a machine as a provider and earn tokens running jobs.</source>
        <translation>Rechenleistung über die Daten der DAO mieten, bezahlt aus einem Treuhandkonto, oder als Anbieter eine Maschine bereitstellen und mit Jobs Token verdienen.</translation>
    </message>
    <message>
        <location filename="../qml/compute/ComputePage.qml" line="23"/>
        <source>Nothing here yet</source>
        <translation>Hier ist noch nichts</translation>
    </message>
    <message>
        <location filename="../qml/compute/ComputePage.qml" line="24"/>
        <source>The compute market is not connected yet.</source>
        <translation>Der Rechenmarkt ist noch nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>ConfirmationSheet</name>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="22"/>
        <source>Vote signed</source>
        <translation>Stimme signiert</translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="23"/>
        <source>Nothing signed</source>
        <translation>Nichts signiert</translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="23"/>
        <source>Confirm signature</source>
        <translation>Signatur bestätigen</translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="24"/>
        <source>Transaction confirmed</source>
        <translation>Transaktion bestätigt</translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="25"/>
        <source>Transaction not sent</source>
        <translation>Transaktion nicht gesendet</translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="26"/>
        <source>Confirm transaction</source>
        <translation>Transaktion bestätigen</translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="117"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="117"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="125"/>
        <source>Sign and send</source>
        <translation>Signieren und senden</translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="125"/>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
</context>
<context>
    <name>ContributePage</name>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="21"/>
        <source>Choose a file to contribute</source>
        <translation>Datei zum Beitragen wählen</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="26"/>
        <source>Choose a folder to contribute</source>
        <translation>Ordner zum Beitragen wählen</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="42"/>
        <source>Contribute</source>
        <translation>Beitragen</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="43"/>
        <source>Drop files or a folder: the app inspects the data, writes its metadata, content-addresses it, uploads it to storage and registers it on chain with a stake.</source>
        <translation>Dateien oder einen Ordner ablegen: Die App prüft die Daten, schreibt ihre Metadaten, adressiert sie nach Inhalt, lädt sie in den Speicher hoch und registriert sie mit einem Einsatz auf der Chain.</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="64"/>
        <source>Drop the corrected files of dataset #%1 here</source>
        <translation>Legen Sie die korrigierten Dateien von Datensatz #%1 hier ab</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="65"/>
        <source>Drop a file or a folder here</source>
        <translation>Datei oder Ordner hier ablegen</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="73"/>
        <source>Tables (CSV, TSV), JSON, Parquet, images, archives, models: every file is read on this computer first, and nothing leaves it until you publish.</source>
        <translation>Tabellen (CSV, TSV), JSON, Parquet, Bilder, Archive, Modelle: Jede Datei wird zuerst auf diesem Computer gelesen, und nichts verlässt ihn, bevor Sie veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="80"/>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="81"/>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="88"/>
        <source>Not a correction: a new dataset</source>
        <translation>Keine Korrektur: ein neuer Datensatz</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="110"/>
        <source>“%1” was being published when the app stopped</source>
        <translation>„%1“ wurde gerade veröffentlicht, als die App endete</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="125"/>
        <source>Its files are hashed and kept. What the storage node acknowledged is not sent again, and the registry is asked first whether the dataset is registered already, so nothing happens twice. Dropping other files starts over.</source>
        <translation>Die Dateien sind gehasht und aufbewahrt. Was der Speicherknoten bestätigt hat, wird nicht erneut gesendet, und das Register wird zuerst gefragt, ob der Datensatz schon registriert ist; so geschieht nichts doppelt. Andere Dateien abzulegen beginnt von vorn.</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="133"/>
        <source>Continue publishing</source>
        <translation>Veröffentlichung fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="150"/>
        <source>Inspecting %1</source>
        <translation>Prüfe %1</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="153"/>
        <location filename="../qml/contribute/ContributePage.qml" line="322"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="182"/>
        <source>Describe it</source>
        <translation>Beschreiben</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="183"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="185"/>
        <source>Description (Markdown)</source>
        <translation>Beschreibung (Markdown)</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="192"/>
        <source>What it holds, where it comes from, how it was collected</source>
        <translation>Was es enthält, woher es stammt, wie es erhoben wurde</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="195"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="213"/>
        <source>Keywords, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="219"/>
        <source>Access price (%1)</source>
        <translation>Zugangspreis (%1)</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="224"/>
        <source>Stake (%1)</source>
        <translation>Einsatz (%1)</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="228"/>
        <source>Corrects your dataset (optional): its number, when this is a corrected version of one you published</source>
        <translation>Korrigiert Ihren Datensatz (optional): seine Nummer, wenn dies eine korrigierte Fassung eines von Ihnen veröffentlichten ist</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="234"/>
        <source>#5 or 5; empty for a new dataset</source>
        <translation>#5 oder 5; leer für einen neuen Datensatz</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="236"/>
        <source>Contribute as</source>
        <translation>Beitragen als</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="249"/>
        <source>The stake is held by the registry while curators review the dataset: approval returns it, rejection can keep part of it for the treasury.</source>
        <translation>Das Register hält den Einsatz, während Kuratoren den Datensatz prüfen: Eine Annahme gibt ihn zurück, eine Ablehnung kann einen Teil für die Schatzkammer einbehalten.</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="138"/>
        <location filename="../qml/contribute/ContributePage.qml" line="257"/>
        <location filename="../qml/contribute/ContributePage.qml" line="366"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="263"/>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="342"/>
        <source>Published as dataset #%1</source>
        <translation>Als Datensatz #%1 veröffentlicht</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="347"/>
        <source>Content CID</source>
        <translation>Inhalts-CID</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="349"/>
        <source>Metadata CID (datapackage.json)</source>
        <translation>Metadaten-CID (datapackage.json)</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="355"/>
        <source>Open its page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="358"/>
        <source>Contribute another</source>
        <translation>Weiteren beitragen</translation>
    </message>
</context>
<context>
    <name>CreateWalletDialog</name>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="19"/>
        <source>Create a new wallet</source>
        <translation>Neue Wallet erstellen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="32"/>
        <source>Main account</source>
        <translation>Hauptkonto</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="48"/>
        <source>Word %1 does not match your recovery phrase. Go back and check what you wrote down.</source>
        <translation>Wort %1 passt nicht zu Ihrer Wiederherstellungsphrase. Gehen Sie zurück und prüfen Sie Ihre Notiz.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="70"/>
        <source>Wallet created. Account %1 is unlocked.</source>
        <translation>Wallet erstellt. Konto %1 ist entsperrt.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="84"/>
        <source>Step %1 of 4</source>
        <translation>Schritt %1 von 4</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="104"/>
        <source>Your wallet starts from a recovery phrase: a list of words that can restore every account in it. Anyone who sees the phrase can take your tokens; if you lose it and your password, nobody can recover them.</source>
        <translation>Ihre Wallet beginnt mit einer Wiederherstellungsphrase: einer Liste von Wörtern, die jedes Konto darin wiederherstellen kann. Wer die Phrase sieht, kann Ihre Token nehmen; verlieren Sie sie und Ihr Passwort, kann niemand sie zurückholen.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="109"/>
        <source>12 words</source>
        <translation>12 Wörter</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="115"/>
        <source>24 words</source>
        <translation>24 Wörter</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="127"/>
        <source>Write these words on paper, in order, and keep them offline. They are shown only now; the app will ask for three of them next.</source>
        <translation>Schreiben Sie diese Wörter der Reihe nach auf Papier und bewahren Sie sie offline auf. Sie werden nur jetzt angezeigt; als Nächstes fragt die App drei davon ab.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="144"/>
        <source>Enter these words from your recovery phrase to show that you have a backup.</source>
        <translation>Geben Sie diese Wörter Ihrer Wiederherstellungsphrase ein, um zu zeigen, dass Sie eine Sicherung haben.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="155"/>
        <source>Word %1</source>
        <translation>Wort %1</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="164"/>
        <source>Word #%1</source>
        <translation>Wort Nr. %1</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="175"/>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="180"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="185"/>
        <source>Password (at least 8 characters). It encrypts the keys on this computer; the recovery phrase restores them anywhere.</source>
        <translation>Passwort (mindestens 8 Zeichen). Es verschlüsselt die Schlüssel auf diesem Computer; die Wiederherstellungsphrase stellt sie überall wieder her.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="193"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="199"/>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="217"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="217"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="229"/>
        <source>Show recovery phrase</source>
        <translation>Wiederherstellungsphrase zeigen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="230"/>
        <source>I wrote it down</source>
        <translation>Ich habe sie notiert</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="231"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="232"/>
        <source>Create wallet</source>
        <translation>Wallet erstellen</translation>
    </message>
</context>
<context>
    <name>CurationAlerts</name>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="17"/>
        <source>Dataset #%1</source>
        <translation>Datensatz #%1</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="18"/>
        <source>“%1” (#%2)</source>
        <translation>„%1“ (#%2)</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="34"/>
        <source>Open Curation in DataDAO Desktop to read the reviews and their reports.</source>
        <translation>Öffnen Sie Kuration in DataDAO Desktop, um die Prüfungen und ihre Berichte zu lesen.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="38"/>
        <source>%1 was approved by curator %2</source>
        <translation>%1 wurde von Kurator %2 angenommen</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="39"/>
        <source>%1 was rejected by curator %2: %3</source>
        <translation>%1 wurde von Kurator %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="44"/>
        <source>%1 is approved: the curators&apos; quorum decided</source>
        <translation>%1 ist angenommen: das Quorum der Kuratoren hat entschieden</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="45"/>
        <source>%1 is rejected: the curators&apos; quorum decided</source>
        <translation>%1 ist abgelehnt: das Quorum der Kuratoren hat entschieden</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="46"/>
        <source>Your stake is returned with the reward.</source>
        <translation>Ihr Einsatz wird mit der Belohnung zurückgezahlt.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="47"/>
        <source>You can appeal to the token holders from the dataset&apos;s reviews while the appeal window is open.</source>
        <translation>Solange die Einspruchsfrist läuft, können Sie bei den Prüfungen des Datensatzes Einspruch bei den Token-Inhabern einlegen.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="51"/>
        <source>%1 waits for governance: its reviews tied or its review period ran out</source>
        <translation>%1 wartet auf die Governance: die Prüfungen stehen unentschieden oder die Prüfungsfrist ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="52"/>
        <source>The token holders decide it through a proposal.</source>
        <translation>Die Token-Inhaber entscheiden darüber mit einem Vorschlag.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="56"/>
        <source>The token holders overturned the rejection of %1: it is approved</source>
        <translation>Die Token-Inhaber haben die Ablehnung von %1 aufgehoben: er ist angenommen</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="57"/>
        <source>The token holders upheld the rejection of %1</source>
        <translation>Die Token-Inhaber haben die Ablehnung von %1 bestätigt</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="58"/>
        <source>The appeal deposit is returned with the reward.</source>
        <translation>Die Einspruchskaution wird mit der Belohnung zurückgezahlt.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="59"/>
        <source>The appeal deposit is kept by the treasury.</source>
        <translation>Die Einspruchskaution behält die Schatzkammer.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="61"/>
        <source>%1, which you reviewed, is appealed to the token holders</source>
        <translation>Gegen %1, den Sie geprüft haben, wurde Einspruch bei den Token-Inhabern eingelegt</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="62"/>
        <source>Read the appeal and vote on its proposal in Governance.</source>
        <translation>Lesen Sie den Einspruch und stimmen Sie unter Governance über seinen Vorschlag ab.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="65"/>
        <source>%1 is challenged by %2 and back in review</source>
        <translation>%1 wird von %2 angefochten und ist wieder in Prüfung</translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="66"/>
        <source>%1, which you reviewed, is challenged and back in review</source>
        <translation>%1, den Sie geprüft haben, wird angefochten und ist wieder in Prüfung</translation>
    </message>
</context>
<context>
    <name>CurationCalls</name>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="26"/>
        <source>This DAO has no curation contract: its datasets are not reviewed here.</source>
        <translation>Diese DAO hat keinen Kuratierungsvertrag: Ihre Datensätze werden hier nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="101"/>
        <source>None (an approval)</source>
        <translation>Keiner (eine Freigabe)</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="103"/>
        <source>Licence unclear</source>
        <translation>Lizenz unklar</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="105"/>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="107"/>
        <source>Duplicates a registered dataset</source>
        <translation>Doppelt zu einem registrierten Datensatz</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="109"/>
        <source>Does not match its description</source>
        <translation>Entspricht nicht seiner Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="111"/>
        <source>Malformed files</source>
        <translation>Fehlerhafte Dateien</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="113"/>
        <source>Low quality</source>
        <translation>Geringe Qualität</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="115"/>
        <source>Spam or other</source>
        <translation>Spam oder Sonstiges</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="117"/>
        <source>Unknown reason %1</source>
        <translation>Unbekannter Grund %1</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="146"/>
        <source>The curation contract&apos;s parameters have another shape than this app knows.</source>
        <translation>Die Parameter des Kuratierungsvertrags haben eine andere Form, als diese App kennt.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="161"/>
        <source>The curation contract&apos;s case has another shape than this app knows.</source>
        <translation>Der Fall des Kuratierungsvertrags hat eine andere Form, als diese App kennt.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="185"/>
        <source>An approval has no reason: the reasons are for rejections.</source>
        <translation>Eine Freigabe hat keinen Grund: Die Gründe gelten für Ablehnungen.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="187"/>
        <source>Pick the reason for the rejection.</source>
        <translation>Wählen Sie den Grund der Ablehnung.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="190"/>
        <source>There is no reason %1.</source>
        <translation>Es gibt keinen Grund %1.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="193"/>
        <source>The share of the stake to keep is between 0% and 100%.</source>
        <translation>Der einzubehaltende Anteil des Einsatzes liegt zwischen 0 % und 100 %.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="195"/>
        <source>An approval keeps none of the stake.</source>
        <translation>Eine Freigabe behält nichts vom Einsatz ein.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="197"/>
        <source>Approve &quot;%1&quot; as a curator</source>
        <translation>„%1“ als Kurator freigeben</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="198"/>
        <source>Reject &quot;%1&quot; as a curator (%2), proposing to keep %3% of its stake</source>
        <translation>„%1“ als Kurator ablehnen (%2), mit dem Vorschlag, %3 % des Einsatzes einzubehalten</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="213"/>
        <source>Send &quot;%1&quot; to governance: its review period ran out</source>
        <translation>„%1“ an die Governance geben: Die Prüffrist ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="253"/>
        <source>Say why the rejection is wrong: token holders read it before they vote.</source>
        <translation>Sagen Sie, warum die Ablehnung falsch ist: Tokeninhaber lesen es, bevor sie abstimmen.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="255"/>
        <source>Allow the curation contract to take the appeal deposit of %1</source>
        <translation>Dem Kuratierungsvertrag erlauben, die Einspruchskaution von %1 zu nehmen</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="256"/>
        <source>Appeal the rejection of &quot;%1&quot; to token holders, with a deposit of %2</source>
        <translation>Gegen die Ablehnung von „%1“ bei den Tokeninhabern Einspruch erheben, mit einer Kaution von %2</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="268"/>
        <source>Say what is wrong with the dataset: its new reviewers read it.</source>
        <translation>Sagen Sie, was mit dem Datensatz nicht stimmt: Seine neuen Prüfer lesen es.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="270"/>
        <source>Allow the curation contract to take the challenge deposit of %1</source>
        <translation>Dem Kuratierungsvertrag erlauben, die Anfechtungskaution von %1 zu nehmen</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="271"/>
        <source>Challenge &quot;%1&quot;: back to review, with a deposit of %2 (returned if it is rejected)</source>
        <translation>„%1“ anfechten: zurück in die Prüfung, mit einer Kaution von %2 (zurück, wenn er abgelehnt wird)</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="280"/>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="282"/>
        <source>Allow the curation contract to take %1 for the rewards pool</source>
        <translation>Dem Kuratierungsvertrag erlauben, %1 für den Belohnungstopf zu nehmen</translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="285"/>
        <source>Add %1 to the curation rewards pool</source>
        <translation>%1 in den Belohnungstopf der Kuratierung einzahlen</translation>
    </message>
</context>
<context>
    <name>CurationPage</name>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="36"/>
        <source>Curation</source>
        <translation>Kuratierung</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="37"/>
        <source>The review queue of %1. Measure a dataset against what its metadata claims, then approve or reject it on chain with a reason and the report as evidence.</source>
        <translation>Die Prüfwarteschlange von %1. Messen Sie einen Datensatz an dem, was seine Metadaten behaupten, und nehmen Sie ihn dann auf der Chain an oder lehnen Sie ihn ab, mit einer Begründung und dem Bericht als Beleg.</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="37"/>
        <source>the DAO</source>
        <translation>der DAO</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="46"/>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="64"/>
        <source>Curators</source>
        <translation>Kuratoren</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="73"/>
        <source>The curation rules have not been read from the chain yet.</source>
        <translation>Die Regeln der Kuratierung wurden noch nicht von der Chain gelesen.</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="74"/>
        <source>%1 reviews decide a dataset · %2 to review · reward %3 · fee %4 a review · up to %5% of a stake kept · %6 to appeal · pool %7</source>
        <translation>%1 Prüfungen entscheiden einen Datensatz · %2 zur Prüfung · Belohnung %3 · Gebühr %4 je Prüfung · bis %5% eines Einsatzes einbehalten · %6 für Einspruch · Topf %7</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="87"/>
        <source>%1 is a curator: the first tab holds what waits for its review.</source>
        <translation>%1 ist Kurator: Der erste Reiter enthält, was auf seine Prüfung wartet.</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="88"/>
        <source>%1 is not a curator. It can read the queue and measure datasets; reviewing needs the curator role, which governance grants.</source>
        <translation>%1 ist kein Kurator. Es kann die Warteschlange lesen und Datensätze messen; Prüfen erfordert die Kuratorenrolle, die die Governance vergibt.</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="100"/>
        <source>Waiting for me</source>
        <translation>Wartet auf mich</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="100"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="100"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="100"/>
        <source>Appealed or challenged</source>
        <translation>Einspruch oder Anfechtung</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="100"/>
        <source>My submissions</source>
        <translation>Meine Beiträge</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="106"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="130"/>
        <source>No DAO is open</source>
        <translation>Keine DAO geöffnet</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="131"/>
        <source>This DAO has no curation contract</source>
        <translation>Diese DAO hat keinen Kuratierungsvertrag</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="132"/>
        <source>No account chosen</source>
        <translation>Kein Konto gewählt</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="133"/>
        <source>Nothing waits for your review</source>
        <translation>Nichts wartet auf Ihre Prüfung</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="134"/>
        <source>No submissions from this account</source>
        <translation>Keine Beiträge von diesem Konto</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="135"/>
        <source>No dataset here</source>
        <translation>Hier ist kein Datensatz</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="136"/>
        <source>Open a DAO profile or add a DAO in Settings to see its review queue.</source>
        <translation>Öffnen Sie ein DAO-Profil oder fügen Sie in den Einstellungen eine DAO hinzu, um ihre Prüfwarteschlange zu sehen.</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="137"/>
        <source>Its profile names no DatasetCuration contract: datasets there are reviewed by the registry&apos;s own curators, without a quorum.</source>
        <translation>Ihr Profil nennt keinen DatasetCuration-Vertrag: Dort prüfen die Kuratoren des Registers selbst, ohne Quorum.</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="138"/>
        <source>Create or import a wallet in Wallet: this tab shows what concerns one of its accounts.</source>
        <translation>Erstellen oder importieren Sie eine Wallet unter Wallet: Dieser Reiter zeigt, was eines ihrer Konten betrifft.</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="139"/>
        <source>Every dataset in review has your verdict, or is your own. New submissions appear here as soon as the chain has them.</source>
        <translation>Jeder Datensatz in Prüfung hat Ihr Urteil oder ist Ihr eigener. Neue Beiträge erscheinen hier, sobald die Chain sie hat.</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="140"/>
        <source>Only curators review. Governance grants the role by a proposal; the other tabs show the whole queue.</source>
        <translation>Nur Kuratoren prüfen. Die Governance vergibt die Rolle per Vorschlag; die anderen Reiter zeigen die ganze Warteschlange.</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="141"/>
        <source>Datasets this account contributes appear here with their reviews: drop a file or folder on the window to contribute one.</source>
        <translation>Datensätze, die dieses Konto beiträgt, erscheinen hier mit ihren Prüfungen: Ziehen Sie eine Datei oder einen Ordner auf das Fenster, um einen beizutragen.</translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="142"/>
        <source>Datasets appear here as their curation moves on. The app reads the chain in the background.</source>
        <translation>Datensätze erscheinen hier, während ihre Kuratierung fortschreitet. Die App liest die Chain im Hintergrund.</translation>
    </message>
</context>
<context>
    <name>CurationWords</name>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="21"/>
        <source>Waiting for a first review</source>
        <translation>Wartet auf eine erste Prüfung</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="23"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="25"/>
        <source>Waiting for governance</source>
        <translation>Wartet auf die Governance</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="27"/>
        <source>Approved</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="29"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="31"/>
        <source>Appealed to the token holders</source>
        <translation>Einspruch bei den Token-Inhabern</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="33"/>
        <source>Approved on appeal</source>
        <translation>Nach Einspruch angenommen</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="35"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="53"/>
        <source>Approved by governance</source>
        <translation>Von der Governance angenommen</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="54"/>
        <source>Approved by the curators</source>
        <translation>Von den Kuratoren angenommen</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="55"/>
        <source>Rejected by governance; %1 of the stake to the treasury</source>
        <translation>Von der Governance abgelehnt; %1 des Einsatzes an die Schatzkammer</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="56"/>
        <source>Rejected by the curators; %1 of the stake to the treasury</source>
        <translation>Von den Kuratoren abgelehnt; %1 des Einsatzes an die Schatzkammer</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="60"/>
        <source>The review period ran out: waiting for governance</source>
        <translation>Die Prüfungsfrist ist abgelaufen: wartet auf die Governance</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="61"/>
        <source>The curators are split: waiting for governance</source>
        <translation>Die Kuratoren sind uneins: wartet auf die Governance</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="63"/>
        <source>Reward of %1 paid to the contributor</source>
        <translation>Belohnung von %1 an den Beitragenden gezahlt</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="65"/>
        <source>Review fee of %1 paid to %2</source>
        <translation>Prüfungsgebühr von %1 an %2 gezahlt</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="67"/>
        <source>Appealed with a deposit of %1: %2</source>
        <translation>Einspruch mit einer Kaution von %1: %2</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="70"/>
        <source>Appeal upheld: the rejection is overturned, the deposit returned</source>
        <translation>Einspruch stattgegeben: die Ablehnung ist aufgehoben, die Kaution zurückgezahlt</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="71"/>
        <source>Appeal dismissed: the deposit of %1 goes to the treasury</source>
        <translation>Einspruch abgewiesen: die Kaution von %1 geht an die Schatzkammer</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="73"/>
        <source>Approval challenged with a deposit of %1: %2</source>
        <translation>Annahme angefochten mit einer Kaution von %1: %2</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="77"/>
        <source>Challenge upheld: the deposit of %1 is returned</source>
        <translation>Anfechtung stattgegeben: die Kaution von %1 wird zurückgezahlt</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="78"/>
        <source>Challenge dismissed: the deposit of %1 joins the rewards pool</source>
        <translation>Anfechtung abgewiesen: die Kaution von %1 geht in den Belohnungstopf</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="80"/>
        <source>Evidence added: %1</source>
        <translation>Beleg hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="82"/>
        <source>Reinstated</source>
        <translation>Wieder eingesetzt</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="84"/>
        <source>Reopened for review</source>
        <translation>Erneut zur Prüfung geöffnet</translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="86"/>
        <source>Withdrawn by the contributor</source>
        <translation>Vom Beitragenden zurückgezogen</translation>
    </message>
</context>
<context>
    <name>CuratorsView</name>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="18"/>
        <source>‹ Review queue</source>
        <translation>‹ Prüfwarteschlange</translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="23"/>
        <source>Curators</source>
        <translation>Kuratoren</translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="24"/>
        <source>Agreement is the share of decided datasets where a curator&apos;s verdict matched the outcome; each such review earned the review fee.</source>
        <translation>Übereinstimmung ist der Anteil entschiedener Datensätze, bei denen das Urteil eines Kurators dem Ergebnis entsprach; jede solche Prüfung brachte die Prüfungsgebühr ein.</translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="30"/>
        <source>No curators yet</source>
        <translation>Noch keine Kuratoren</translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="31"/>
        <source>Governance grants the curator role by a proposal; curators appear here from the chain&apos;s events.</source>
        <translation>Die Governance vergibt die Kuratorenrolle per Vorschlag; Kuratoren erscheinen hier aus den Ereignissen der Chain.</translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="62"/>
        <source>curator</source>
        <translation>Kurator</translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="62"/>
        <source>role revoked</source>
        <translation>Rolle entzogen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/curation/CuratorsView.qml" line="68"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="73"/>
        <source>nothing decided yet</source>
        <translation>noch nichts entschieden</translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="74"/>
        <source>agreed on %1 of %2 decided (%3%)</source>
        <translation>übereinstimmend bei %1 von %2 entschiedenen (%3%)</translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="80"/>
        <source>earned %1</source>
        <translation>%1 verdient</translation>
    </message>
</context>
<context>
    <name>DatasetAccess</name>
    <message>
        <location filename="../core/dao/datasetaccess.cpp" line="28"/>
        <source>Allow the dataset registry to take %1 for &quot;%2&quot;</source>
        <translation>Dem Datensatz-Register erlauben, %1 für „%2“ abzubuchen</translation>
    </message>
    <message>
        <location filename="../core/dao/datasetaccess.cpp" line="42"/>
        <source>Buy access to &quot;%1&quot; for %2</source>
        <translation>Zugang zu „%1“ für %2 kaufen</translation>
    </message>
    <message>
        <location filename="../core/dao/datasetaccess.cpp" line="76"/>
        <source>Withdraw &quot;%1&quot; from the registry and take back its stake of %2</source>
        <translation>„%1“ aus dem Register zurückziehen und den Einsatz von %2 zurücknehmen</translation>
    </message>
</context>
<context>
    <name>DatasetPublisher</name>
    <message>
        <location filename="../core/dao/datasetpublisher.cpp" line="118"/>
        <source>Dataset #%1, which this one would replace, is not in the registry.</source>
        <translation>Datensatz #%1, den dieser ersetzen soll, ist nicht im Register.</translation>
    </message>
    <message>
        <location filename="../core/dao/datasetpublisher.cpp" line="134"/>
        <source>Only its contributor can publish a corrected version of dataset #%1 (%2 contributed it; you publish as %3).</source>
        <translation>Nur wer Datensatz #%1 beigetragen hat, kann eine korrigierte Fassung veröffentlichen (%2 hat ihn beigetragen; Sie veröffentlichen als %3).</translation>
    </message>
    <message>
        <location filename="../core/dao/datasetpublisher.cpp" line="165"/>
        <source>Allow the dataset registry to take the %1 stake</source>
        <translation>Dem Datensatz-Register erlauben, den Einsatz von %1 zu nehmen</translation>
    </message>
    <message>
        <location filename="../core/dao/datasetpublisher.cpp" line="181"/>
        <source>Register &quot;%1&quot;, the corrected version of dataset #%2, with a stake of %3</source>
        <translation>„%1“, die korrigierte Fassung von Datensatz #%2, mit einem Einsatz von %3 registrieren</translation>
    </message>
    <message>
        <location filename="../core/dao/datasetpublisher.cpp" line="186"/>
        <source>Register &quot;%1&quot; with a stake of %2</source>
        <translation>„%1“ mit einem Einsatz von %2 registrieren</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="58"/>
        <source>Choose where to save the dataset</source>
        <translation>Speicherort für den Datensatz wählen</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="75"/>
        <source>← All datasets</source>
        <translation>← Alle Datensätze</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="113"/>
        <source>Curator&apos;s reason: %1</source>
        <translation>Begründung des Kurators: %1</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="138"/>
        <source>Your dataset&apos;s review</source>
        <translation>Prüfung Ihres Datensatzes</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="138"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="145"/>
        <source>Reviews, reports and history…</source>
        <translation>Prüfungen, Berichte und Verlauf…</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="154"/>
        <source>Waiting for the curators: no review yet.</source>
        <translation>Wartet auf die Kuratoren: noch keine Prüfung.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="155"/>
        <source>The curators are reviewing it.</source>
        <translation>Die Kuratoren prüfen ihn.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="157"/>
        <source>Rejected. You may appeal to the token holders from its reviews, or publish a corrected version.</source>
        <translation>Abgelehnt. Sie können bei den Token-Inhabern Einspruch einlegen (bei seinen Prüfungen) oder eine korrigierte Fassung veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="158"/>
        <source>Rejected by the curators.</source>
        <translation>Von den Kuratoren abgelehnt.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="159"/>
        <source>Approved by the curators.</source>
        <translation>Von den Kuratoren angenommen.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="178"/>
        <source>No curator has reviewed it yet: you may take it back with its stake of %1.</source>
        <translation>Noch kein Kurator hat ihn geprüft: Sie können ihn mit seinem Einsatz von %1 zurückziehen.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="182"/>
        <source>Withdraw…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="191"/>
        <source>A corrected version of</source>
        <translation>Eine korrigierte Fassung von</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="206"/>
        <source>Replaced by its corrected version</source>
        <translation>Ersetzt durch seine korrigierte Fassung</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="224"/>
        <source>Fixed what the curators found? Drop the corrected files: the new dataset names this one as the one it replaces.</source>
        <translation>Behoben, was die Kuratoren gefunden haben? Legen Sie die korrigierten Dateien ab: der neue Datensatz nennt diesen als den, den er ersetzt.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="228"/>
        <source>Publish a corrected version…</source>
        <translation>Korrigierte Fassung veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="252"/>
        <source>Access: %1</source>
        <translation>Zugang: %1</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="252"/>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="258"/>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="272"/>
        <source>Add an account in Wallet to buy access.</source>
        <translation>Fügen Sie in der Wallet ein Konto hinzu, um Zugang zu kaufen.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="273"/>
        <source>This account holds access: download the dataset, verified block by block against its CID.</source>
        <translation>Dieses Konto hat Zugang: Laden Sie den Datensatz herunter, Block für Block gegen seine CID geprüft.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="274"/>
        <source>Access is not sold: the registry sells it only for datasets in review or approved.</source>
        <translation>Zugang wird nicht verkauft: Das Register verkauft ihn nur für Datensätze in Prüfung oder angenommene.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="275"/>
        <source>Buying access records a grant on chain and pays the contributor; the DAO&apos;s treasury keeps a fee.</source>
        <translation>Der Kauf vermerkt den Zugang auf der Chain und bezahlt den Beitragenden; die Schatzkammer der DAO behält eine Gebühr.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="290"/>
        <source>Buy access…</source>
        <translation>Zugang kaufen…</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="298"/>
        <source>Download to a folder…</source>
        <translation>In einen Ordner herunterladen…</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="326"/>
        <source>Downloaded and verified: %1</source>
        <translation>Heruntergeladen und geprüft: %1</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="327"/>
        <source>Download failed: %1</source>
        <translation>Download fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="328"/>
        <source>Paused. The blocks already verified are kept.</source>
        <translation>Angehalten. Bereits geprüfte Blöcke bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="329"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="330"/>
        <source>Downloading and verifying every block…</source>
        <translation>Lade herunter und prüfe jeden Block…</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="335"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="340"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="345"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="355"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="401"/>
        <source>Preview of %1</source>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="408"/>
        <source>Fetching the first rows, verified against the CID…</source>
        <translation>Lade die ersten Zeilen, geprüft gegen die CID…</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="409"/>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="457"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="467"/>
        <source>Content CID</source>
        <translation>Inhalts-CID</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="478"/>
        <source>Metadata CID</source>
        <translation>Metadaten-CID</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="488"/>
        <source>Contributor</source>
        <translation>Beitragende Person</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="494"/>
        <source>More from this contributor</source>
        <translation>Mehr von diesem Beitragenden</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="503"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="505"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="507"/>
        <source>Stake</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="509"/>
        <source>Buyers</source>
        <translation>Käufer</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="36"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="37"/>
        <source>The datasets and models of %1. Search them, preview them, buy access and download them verified against their content address (CID).</source>
        <translation>Die Datensätze und Modelle von %1. Durchsuchen, ansehen, Zugang kaufen und geprüft gegen ihre Inhaltsadresse (CID) herunterladen.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="37"/>
        <source>the DAO</source>
        <translation>der DAO</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="42"/>
        <source>Search titles, descriptions, keywords, licenses, formats</source>
        <translation>Titel, Beschreibungen, Schlagwörter, Lizenzen, Formate durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="53"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="54"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="55"/>
        <source>Approved</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="56"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="57"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="63"/>
        <source>Any license</source>
        <translation>Jede Lizenz</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="69"/>
        <source>Any format</source>
        <translation>Jedes Format</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="77"/>
        <source>Any size</source>
        <translation>Jede Größe</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="77"/>
        <source>Under 1 MB</source>
        <translation>Unter 1 MB</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="78"/>
        <source>1–100 MB</source>
        <translation>1–100 MB</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="78"/>
        <source>100 MB – 1 GB</source>
        <translation>100 MB – 1 GB</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="79"/>
        <source>Over 1 GB</source>
        <translation>Über 1 GB</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="88"/>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="88"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="89"/>
        <source>Largest</source>
        <translation>Größte</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="89"/>
        <source>Cheapest</source>
        <translation>Günstigste</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="115"/>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="122"/>
        <source>Any contributor</source>
        <translation>Alle Beitragenden</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="139"/>
        <source>No DAO is open</source>
        <translation>Keine DAO geöffnet</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="140"/>
        <source>This DAO has no dataset registry</source>
        <translation>Diese DAO hat kein Datensatz-Register</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="141"/>
        <source>No datasets yet</source>
        <translation>Noch keine Datensätze</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="142"/>
        <source>No dataset matches</source>
        <translation>Kein Datensatz passt</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="143"/>
        <source>Open a DAO profile or add a DAO in Settings to see its datasets.</source>
        <translation>Öffnen Sie ein DAO-Profil oder fügen Sie in den Einstellungen eine DAO hinzu, um ihre Datensätze zu sehen.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="144"/>
        <source>Its profile names no DatasetRegistry contract, so there is no catalog to read.</source>
        <translation>Ihr Profil nennt keinen DatasetRegistry-Vertrag, daher gibt es keinen Katalog zu lesen.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="145"/>
        <source>Contribute the first one: drop a file or folder on the window.</source>
        <translation>Tragen Sie den ersten bei: Legen Sie eine Datei oder einen Ordner auf dem Fenster ab.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="146"/>
        <source>Try other words or filters.</source>
        <translation>Versuchen Sie andere Wörter oder Filter.</translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="151"/>
        <source>More than 1,000 datasets; search or filter to narrow them</source>
        <translation>Mehr als 1.000 Datensätze; suchen oder filtern Sie, um sie einzugrenzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/datasets/DatasetsPage.qml" line="152"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../qml/wallet/DelegateDialog.qml" line="11"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/DelegateDialog.qml" line="12"/>
        <source>Delegate the votes of %1</source>
        <translation>Die Stimmen von %1 delegieren</translation>
    </message>
    <message>
        <location filename="../qml/wallet/DelegateDialog.qml" line="38"/>
        <source>Tokens only count as votes once they are delegated. Your tokens stay yours; you can change the delegate at any time.</source>
        <translation>Token zählen erst als Stimmen, wenn sie delegiert sind. Ihre Token bleiben Ihre; Sie können die Delegation jederzeit ändern.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/DelegateDialog.qml" line="40"/>
        <source>To myself</source>
        <translation>An mich selbst</translation>
    </message>
    <message>
        <location filename="../qml/wallet/DelegateDialog.qml" line="41"/>
        <source>To another address</source>
        <translation>An eine andere Adresse</translation>
    </message>
</context>
<context>
    <name>DelegatesView</name>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="17"/>
        <source>Delegate your votes</source>
        <translation>Ihre Stimmen delegieren</translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="18"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="36"/>
        <source>The votes of the account below go to %1, who then votes with them. Your tokens stay yours, and you can delegate elsewhere at any time.</source>
        <translation>Die Stimmen des Kontos unten gehen an %1, der dann mit ihnen abstimmt. Ihre Token bleiben Ihre, und Sie können jederzeit anders delegieren.</translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="53"/>
        <source>‹ All proposals</source>
        <translation>‹ Alle Vorschläge</translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="58"/>
        <source>Delegates</source>
        <translation>Delegierte</translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="59"/>
        <source>Who votes with the DAO&apos;s tokens, strongest first, and how they voted recently.</source>
        <translation>Wer mit den Token der DAO abstimmt, die Stärksten zuerst, und wie sie zuletzt abgestimmt haben.</translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="67"/>
        <source>Delegating to you: %1</source>
        <translation>Delegieren an Sie: %1</translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="73"/>
        <source>No delegates yet</source>
        <translation>Noch keine Delegierten</translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="74"/>
        <source>Delegates appear once token holders delegate their votes.</source>
        <translation>Delegierte erscheinen, sobald Tokenhalter ihre Stimmen delegieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/governance/DelegatesView.qml" line="104"/>
        <source>%1 · %n delegator(s)</source>
        <translation>
            <numerusform>%1 · %n Delegierender</numerusform>
            <numerusform>%1 · %n Delegierende</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="112"/>
        <source>Delegate…</source>
        <translation>Delegieren …</translation>
    </message>
</context>
<context>
    <name>DiscussionPane</name>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="30"/>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="40"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="44"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="60"/>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="75"/>
        <source>This proposal links a discussion on %1. The app contacts a forum only after you allow it, since anyone can write a proposal and the forum sees your address when you read it.</source>
        <translation>Dieser Vorschlag verweist auf eine Diskussion auf %1. Die App kontaktiert ein Forum erst, wenn Sie es erlauben, denn jeder kann einen Vorschlag schreiben und das Forum sieht beim Lesen Ihre Adresse.</translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="79"/>
        <source>Read discussions from %1</source>
        <translation>Diskussionen von %1 lesen</translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="88"/>
        <source>Reading the discussion…</source>
        <translation>Diskussion wird gelesen …</translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="93"/>
        <source>%1 The saved copy is shown.</source>
        <translation>%1 Die gespeicherte Kopie wird angezeigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/forum/DiscussionPane.qml" line="111"/>
        <source>%n image(s) not loaded.</source>
        <translation>
            <numerusform>%n Bild nicht geladen.</numerusform>
            <numerusform>%n Bilder nicht geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="117"/>
        <source>Show images from %1</source>
        <translation>Bilder von %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../qml/components/DropOverlay.qml" line="36"/>
        <source>Drop data to contribute it, or a keystore file to import it</source>
        <translation>Daten ablegen, um sie beizutragen, oder eine Keystore-Datei, um sie zu importieren</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <location filename="../app/common/displayformat.cpp" line="35"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/displayformat.cpp" line="37"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/displayformat.cpp" line="40"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="41"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/displayformat.cpp" line="43"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../qml/components/FormDialog.qml" line="21"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/components/FormDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>GovernanceCalls</name>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="63"/>
        <source>That is not a choice this app can vote with.</source>
        <translation>Mit dieser Wahl kann die App nicht abstimmen.</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="64"/>
        <source>Vote %1 &quot;%2&quot;</source>
        <translation>Abstimmung %1: „%2“</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="80"/>
        <source>Send the signed vote of %1: %2 &quot;%3&quot;</source>
        <translation>Signierte Stimme von %1 senden: %2 „%3“</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="84"/>
        <source>the voter who signed</source>
        <translation>die Person, die die Stimme signiert hat</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="96"/>
        <source>Queue &quot;%1&quot; in the timelock</source>
        <translation>„%1“ in die Timelock-Warteschlange stellen</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="97"/>
        <source>Cancel your proposal &quot;%1&quot;</source>
        <translation>Ihren Vorschlag „%1“ zurückziehen</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="98"/>
        <source>Execute &quot;%1&quot;</source>
        <translation>„%1“ ausführen</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="113"/>
        <source>the description of %1</source>
        <translation>die Beschreibung von %1</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="122"/>
        <source>Give the proposal a title.</source>
        <translation>Geben Sie dem Vorschlag einen Titel.</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="124"/>
        <source>The title is one line.</source>
        <translation>Der Titel ist eine Zeile.</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="130"/>
        <source>Propose &quot;%1&quot;</source>
        <translation>„%1“ vorschlagen</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="131"/>
        <source>Propose &quot;%1&quot;: %2</source>
        <translation>„%1“ vorschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="188"/>
        <location filename="../core/dao/governancecalls.cpp" line="196"/>
        <source>The node did not answer about voting power: %1</source>
        <translation>Der Knoten hat nicht zum Stimmgewicht geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="190"/>
        <source>a call failed</source>
        <translation>ein Aufruf ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="38"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="39"/>
        <source>Proposals of %1, read from the chain and kept on this computer.</source>
        <translation>Vorschläge von %1, von der Chain gelesen und auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="39"/>
        <source>the DAO</source>
        <translation>der DAO</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="48"/>
        <source>New proposal…</source>
        <translation>Neuer Vorschlag …</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="55"/>
        <source>Delegates</source>
        <translation>Delegierte</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="69"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="70"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="71"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="76"/>
        <source>Search proposals by title or id</source>
        <translation>Vorschläge nach Titel oder ID suchen</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="95"/>
        <source>No DAO is open</source>
        <translation>Keine DAO geöffnet</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="96"/>
        <source>No proposals yet</source>
        <translation>Noch keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="97"/>
        <source>No proposal matches</source>
        <translation>Kein Vorschlag passt</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="98"/>
        <source>Open a DAO profile or add a DAO in Settings to see its proposals.</source>
        <translation>Öffnen Sie ein DAO-Profil oder fügen Sie in den Einstellungen eine DAO hinzu, um ihre Vorschläge zu sehen.</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="99"/>
        <source>Proposals appear here as soon as the chain has them. The app reads them in the background.</source>
        <translation>Vorschläge erscheinen hier, sobald die Chain sie hat. Die App liest sie im Hintergrund.</translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="100"/>
        <source>Try another filter or search.</source>
        <translation>Versuchen Sie einen anderen Filter oder eine andere Suche.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/home/HomePage.qml" line="30"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="31"/>
        <source>What needs you: votes closing soon, reviews waiting, jobs to confirm.</source>
        <translation>Was Sie braucht: bald endende Abstimmungen, wartende Prüfungen, zu bestätigende Jobs.</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="36"/>
        <source>Votes waiting for you</source>
        <translation>Abstimmungen, die auf Sie warten</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="63"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/home/HomePage.qml" line="88"/>
        <source>%n dataset(s) waiting for your review</source>
        <translation>
            <numerusform>%n Datensatz wartet auf Ihre Prüfung</numerusform>
            <numerusform>%n Datensätze warten auf Ihre Prüfung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="96"/>
        <source>Open the queue</source>
        <translation>Warteschlange öffnen</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="107"/>
        <source>Signed votes to send</source>
        <translation>Signierte Stimmen zum Senden</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="131"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="132"/>
        <source>Signed by %1 on %2; counts once sent, before voting ends</source>
        <translation>Signiert von %1 am %2; zählt, sobald sie vor Ende der Abstimmung gesendet wird</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="136"/>
        <source>Send…</source>
        <translation>Senden …</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/home/HomePage.qml" line="157"/>
        <source>%n transaction(s) waiting to be mined</source>
        <translation>
            <numerusform>%n Transaktion wartet darauf, gemint zu werden</numerusform>
            <numerusform>%n Transaktionen warten darauf, gemint zu werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="171"/>
        <source>Start with a wallet</source>
        <translation>Beginnen Sie mit einer Wallet</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="171"/>
        <source>Nothing needs you right now</source>
        <translation>Gerade braucht Sie nichts</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="173"/>
        <source>Your wallet holds the keys that stake, vote and pay in this DAO. Create one or import the one you have.</source>
        <translation>Ihre Wallet enthält die Schlüssel, mit denen Sie in dieser DAO einsetzen, abstimmen und bezahlen. Erstellen Sie eine oder importieren Sie Ihre vorhandene.</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="175"/>
        <source>No open vote and no review is waiting for your accounts, and no transaction is pending. Compute jobs will show up here when that section arrives.</source>
        <translation>Keine offene Abstimmung und keine Prüfung wartet auf Ihre Konten, und keine Transaktion ist ausstehend. Rechenaufträge erscheinen hier, sobald dieser Bereich kommt.</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="176"/>
        <source>Proposals, reviews and compute jobs will show up here once the app is connected to the DAO.</source>
        <translation>Vorschläge, Prüfungen und Rechenjobs erscheinen hier, sobald die App mit der DAO verbunden ist.</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="179"/>
        <source>Set up a wallet</source>
        <translation>Wallet einrichten</translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="161"/>
        <location filename="../qml/home/HomePage.qml" line="179"/>
        <source>Open wallet</source>
        <translation>Wallet öffnen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="20"/>
        <source>Import a wallet</source>
        <translation>Wallet importieren</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="61"/>
        <source>Choose a keystore file first, or drop one on the window.</source>
        <translation>Wählen Sie zuerst eine Keystore-Datei oder ziehen Sie eine auf das Fenster.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="75"/>
        <source>Imported %1. The account is unlocked.</source>
        <translation>%1 importiert. Das Konto ist entsperrt.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="87"/>
        <source>Choose a keystore file</source>
        <translation>Keystore-Datei wählen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="88"/>
        <source>Keystore files (*.json UTC--*)</source>
        <translation>Keystore-Dateien (*.json UTC--*)</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="88"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="100"/>
        <location filename="../qml/wallet/ImportDialog.qml" line="122"/>
        <source>Recovery phrase</source>
        <translation>Wiederherstellungsphrase</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="101"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="102"/>
        <source>Keystore file</source>
        <translation>Keystore-Datei</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="113"/>
        <source>Recovery phrase (12 to 24 words)</source>
        <translation>Wiederherstellungsphrase (12 bis 24 Wörter)</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="120"/>
        <source>word1 word2 word3 …</source>
        <translation>wort1 wort2 wort3 …</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="133"/>
        <source>BIP-39 passphrase, if you set one (optional)</source>
        <translation>BIP-39-Passphrase, falls Sie eine gesetzt haben (optional)</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="140"/>
        <source>Private key (64 hex digits)</source>
        <translation>Privater Schlüssel (64 Hex-Ziffern)</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="145"/>
        <source>0x…</source>
        <translation>0x…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="157"/>
        <source>No file chosen. Choose one, or drop it on the window.</source>
        <translation>Keine Datei gewählt. Wählen Sie eine oder ziehen Sie sie auf das Fenster.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="164"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="172"/>
        <source>The keystore file&apos;s password</source>
        <translation>Das Passwort der Keystore-Datei</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="180"/>
        <source>The file is kept as it is, so it keeps its own password. Files from geth, Foundry (cast) and MetaMask exports work.</source>
        <translation>Die Datei wird unverändert übernommen und behält ihr eigenes Passwort. Dateien aus geth, Foundry (cast) und MetaMask-Exporten funktionieren.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="185"/>
        <source>Account name (optional)</source>
        <translation>Kontoname (optional)</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="190"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="197"/>
        <source>New password for this computer (at least 8 characters)</source>
        <translation>Neues Passwort für diesen Computer (mindestens 8 Zeichen)</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="198"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="199"/>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="212"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="213"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>InspectionReport</name>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="19"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="19"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="19"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/contribute/InspectionReport.qml" line="24"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n Datei, %1</numerusform>
            <numerusform>%n Dateien, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/contribute/InspectionReport.qml" line="66"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="67"/>
        <source>header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="67"/>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="68"/>
        <source>delimiter %1</source>
        <translation>Trennzeichen %1</translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="68"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="80"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="80"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="80"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="80"/>
        <source>Distinct</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="80"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="80"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
</context>
<context>
    <name>KnownNames</name>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="59"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="79"/>
        <source>the DAO&apos;s token</source>
        <translation>der Token der DAO</translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="80"/>
        <source>the DAO&apos;s treasury (timelock)</source>
        <translation>die Kasse der DAO (Timelock)</translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="81"/>
        <source>the DAO&apos;s Governor</source>
        <translation>der Governor der DAO</translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="83"/>
        <source>the dataset registry</source>
        <translation>das Datensatzregister</translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="85"/>
        <source>the curation contract</source>
        <translation>der Kuratierungsvertrag</translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="90"/>
        <source>the admin role (DEFAULT_ADMIN_ROLE)</source>
        <translation>die Administrationsrolle (DEFAULT_ADMIN_ROLE)</translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="92"/>
        <source>the %1</source>
        <translation>die %1</translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="13"/>
        <source>Queue in the timelock</source>
        <translation>In die Timelock-Warteschlange stellen</translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="14"/>
        <source>Execute the proposal</source>
        <translation>Vorschlag ausführen</translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="14"/>
        <source>Cancel the proposal</source>
        <translation>Vorschlag zurückziehen</translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="15"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="40"/>
        <source>The proposal passed. Queuing hands its actions to the timelock, which lets them run after its delay. Any member can send this.</source>
        <translation>Der Vorschlag wurde angenommen. Das Einreihen übergibt seine Aktionen an das Timelock, das sie nach seiner Wartezeit ausführen lässt. Jedes Mitglied kann das senden.</translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="42"/>
        <source>Voting has not started yet, so you can withdraw your proposal. It stays on chain as canceled and can never be voted on or executed.</source>
        <translation>Die Abstimmung hat noch nicht begonnen, daher können Sie Ihren Vorschlag zurückziehen. Er bleibt als zurückgezogen auf der Chain und kann nie abgestimmt oder ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="43"/>
        <source>The timelock&apos;s delay has passed. Executing runs the proposal&apos;s actions from the treasury. Any member can send this.</source>
        <translation>Die Wartezeit des Timelocks ist vorbei. Das Ausführen führt die Aktionen des Vorschlags aus der Kasse aus. Jedes Mitglied kann das senden.</translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="45"/>
        <source>Account that pays the network fee</source>
        <translation>Konto, das die Netzwerkgebühr zahlt</translation>
    </message>
</context>
<context>
    <name>LinkConfirmDialog</name>
    <message>
        <location filename="../qml/components/LinkConfirmDialog.qml" line="16"/>
        <source>Open this link?</source>
        <translation>Diesen Link öffnen?</translation>
    </message>
    <message>
        <location filename="../qml/components/LinkConfirmDialog.qml" line="38"/>
        <source>It opens in your web browser, at %1:</source>
        <translation>Er öffnet sich in Ihrem Webbrowser, auf %1:</translation>
    </message>
    <message>
        <location filename="../qml/components/LinkConfirmDialog.qml" line="39"/>
        <source>It opens in the program your system uses for it:</source>
        <translation>Er öffnet sich in dem Programm, das Ihr System dafür verwendet:</translation>
    </message>
    <message>
        <location filename="../qml/components/LinkConfirmDialog.qml" line="56"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/LinkConfirmDialog.qml" line="61"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <source>DataDAO Desktop</source>
        <translation>DataDAO Desktop</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="41"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="42"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="43"/>
        <source>Contribute</source>
        <translation>Beitragen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="44"/>
        <source>Curation</source>
        <translation>Kuratierung</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="45"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="46"/>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="47"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="48"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="155"/>
        <source>Accounts locked after %n idle minute(s).</source>
        <translation>
            <numerusform>Konten nach %n inaktiven Minute gesperrt.</numerusform>
            <numerusform>Konten nach %n inaktiven Minuten gesperrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="29"/>
        <source>DataDAO</source>
        <translation>DataDAO</translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="57"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="84"/>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="94"/>
        <source>No wallet yet</source>
        <translation>Noch keine Wallet</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/NavigationRail.qml" line="95"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="29"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="29"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="31"/>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="31"/>
        <source>Show password</source>
        <translation>Passwort zeigen</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <location filename="../qml/governance/ProposalCard.qml" line="61"/>
        <source>You voted</source>
        <translation>Sie haben abgestimmt</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalCard.qml" line="82"/>
        <source>For %1</source>
        <translation>Dafür %1</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalCard.qml" line="83"/>
        <source>Against %1</source>
        <translation>Dagegen %1</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalCard.qml" line="84"/>
        <source>Abstain %1</source>
        <translation>Enthaltung %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/governance/ProposalCard.qml" line="86"/>
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalPresets</name>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="69"/>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="78"/>
        <source>a number of days above 0, such as 7 or 0.5</source>
        <translation>eine Anzahl Tage über 0, etwa 7 oder 0,5</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="87"/>
        <source>an amount above zero</source>
        <translation>ein Betrag über null</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="94"/>
        <source>a share from 0 to 100 (%), up to two decimals</source>
        <translation>ein Anteil von 0 bis 100 (%), bis zu zwei Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="103"/>
        <source>choose one</source>
        <translation>wählen Sie eine Option</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="120"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="46"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="46"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="48"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="48"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="49"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="142"/>
        <source>set the curation rules: %1 decide a dataset, within %2; a reward of %3 for an approved dataset and %4 for each agreeing curator; at most %5 of a rejected stake kept; appeals within %6 with a deposit of %7; challenges with a deposit of %8</source>
        <translation>die Kurationsregeln festlegen: %1 entscheiden über einen Datensatz, innerhalb von %2; eine Belohnung von %3 für einen angenommenen Datensatz und %4 für jeden übereinstimmenden Kurator; höchstens %5 eines abgelehnten Einsatzes einbehalten; Einsprüche innerhalb von %6 mit einer Kaution von %7; Anfechtungen mit einer Kaution von %8</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="145"/>
        <source>one review</source>
        <translation>eine Prüfung</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="145"/>
        <source>%1 reviews</source>
        <translation>%1 Prüfungen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="156"/>
        <source>This DAO has no %1 contract in its profile.</source>
        <translation>Das Profil dieser DAO nennt keinen %1-Vertrag.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="175"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="176"/>
        <source>The member&apos;s address, 0x…</source>
        <translation>Die Adresse des Mitglieds, 0x…</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="177"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="178"/>
        <source>The dataset&apos;s number, as the catalog shows it (#4: 4)</source>
        <translation>Die Nummer des Datensatzes, wie der Katalog sie zeigt (#4: 4)</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="179"/>
        <source>Amount in %1</source>
        <translation>Betrag in %1</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="180"/>
        <source>Paid from the treasury when the proposal executes</source>
        <translation>Aus der Schatzkammer gezahlt, wenn der Vorschlag ausgeführt wird</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="182"/>
        <source>Make a member a curator</source>
        <translation>Ein Mitglied zum Kurator machen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="183"/>
        <source>The account may review datasets in the queue and earns the review fee when its verdict matches the outcome.</source>
        <translation>Das Konto darf Datensätze der Warteschlange prüfen und erhält die Prüfgebühr, wenn sein Urteil dem Ergebnis entspricht.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="186"/>
        <source>Remove a curator</source>
        <translation>Einen Kurator entfernen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="187"/>
        <source>The account reviews no more; its reviews so far stay on record.</source>
        <translation>Das Konto prüft nicht mehr; seine bisherigen Prüfungen bleiben verzeichnet.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="188"/>
        <source>Reviews that decide a dataset</source>
        <translation>Prüfungen, die über einen Datensatz entscheiden</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="189"/>
        <source>A dataset is decided by the majority once this many curators have reviewed it; a tie goes to governance. The other curation rules stay as they are.</source>
        <translation>Über einen Datensatz entscheidet die Mehrheit, sobald so viele Kuratoren ihn geprüft haben; ein Gleichstand geht an die Governance. Die übrigen Kurationsregeln bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="191"/>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="191"/>
        <source>From 1 to 255</source>
        <translation>Von 1 bis 255</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="193"/>
        <source>Time the curators have to review</source>
        <translation>Zeit, die die Kuratoren zum Prüfen haben</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="194"/>
        <source>Counted from submission (or a challenge); a dataset short of its reviews by then goes to governance. The other curation rules stay as they are.</source>
        <translation>Ab der Einreichung (oder einer Anfechtung) gezählt; ein Datensatz, dem dann noch Prüfungen fehlen, geht an die Governance. Die übrigen Kurationsregeln bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="196"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="196"/>
        <source>Such as 7, or 0.5 for twelve hours</source>
        <translation>Etwa 7, oder 0,5 für zwölf Stunden</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="199"/>
        <source>Reward for an approved dataset</source>
        <translation>Belohnung für einen angenommenen Datensatz</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="200"/>
        <source>Paid from the rewards pool to the contributor of each approved dataset, with the stake returned. The other curation rules stay as they are.</source>
        <translation>Aus dem Belohnungstopf an den Beitragenden jedes angenommenen Datensatzes gezahlt, mit dem zurückgegebenen Einsatz. Die übrigen Kurationsregeln bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="202"/>
        <source>Reward in %1</source>
        <translation>Belohnung in %1</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="203"/>
        <source>0 pays no reward</source>
        <translation>0 zahlt keine Belohnung</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="205"/>
        <source>Fee for each agreeing curator</source>
        <translation>Gebühr für jeden übereinstimmenden Kurator</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="206"/>
        <source>Paid from the rewards pool to every curator whose verdict matches the outcome. The other curation rules stay as they are.</source>
        <translation>Aus dem Belohnungstopf an jeden Kurator gezahlt, dessen Urteil dem Ergebnis entspricht. Die übrigen Kurationsregeln bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="208"/>
        <source>Fee in %1</source>
        <translation>Gebühr in %1</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="208"/>
        <source>0 pays no fee</source>
        <translation>0 zahlt keine Gebühr</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="211"/>
        <source>Most of a rejected stake kept</source>
        <translation>Höchster einbehaltener Anteil eines abgelehnten Einsatzes</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="212"/>
        <source>A rejection sends the curators&apos; proposed share of the stake to the treasury, at most this share; the rest goes back to the contributor. The other curation rules stay as they are.</source>
        <translation>Eine Ablehnung schickt den von den Kuratoren vorgeschlagenen Anteil des Einsatzes an die Schatzkammer, höchstens diesen Anteil; der Rest geht an den Beitragenden zurück. Die übrigen Kurationsregeln bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="215"/>
        <location filename="../core/dao/proposalpresets.cpp" line="221"/>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="215"/>
        <source>From 0 to 100</source>
        <translation>Von 0 bis 100</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="218"/>
        <source>Marketplace fee on sales</source>
        <translation>Marktplatzgebühr auf Verkäufe</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="219"/>
        <source>The share of each access sale that goes to the treasury; the contributor gets the rest. The registry allows at most its own cap.</source>
        <translation>Der Anteil jedes Zugangsverkaufs, der an die Schatzkammer geht; der Beitragende erhält den Rest. Das Register erlaubt höchstens seine eigene Obergrenze.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="221"/>
        <source>Such as 2.5</source>
        <translation>Etwa 2,5</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="224"/>
        <source>Minimum stake to list a dataset</source>
        <translation>Mindesteinsatz, um einen Datensatz einzutragen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="225"/>
        <source>What a contributor must stake at least to submit a dataset; datasets listed already keep their stake.</source>
        <translation>Was ein Beitragender mindestens einsetzen muss, um einen Datensatz einzureichen; bereits eingetragene Datensätze behalten ihren Einsatz.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="227"/>
        <source>Stake in %1</source>
        <translation>Einsatz in %1</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="227"/>
        <source>Such as 100</source>
        <translation>Etwa 100</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="230"/>
        <source>Fund the rewards pool</source>
        <translation>Den Belohnungstopf füllen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="231"/>
        <source>Moves tokens from the treasury into the curation rewards pool, which pays the rewards and the review fees: two actions, the allowance and the funding.</source>
        <translation>Bringt Token aus der Schatzkammer in den Belohnungstopf der Kuration, der die Belohnungen und Prüfgebühren zahlt: zwei Aktionen, die Freigabe und die Einzahlung.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="234"/>
        <source>Decide an appeal</source>
        <translation>Über einen Einspruch entscheiden</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="235"/>
        <source>The token holders&apos; answer to a contributor who appealed a rejection.</source>
        <translation>Die Antwort der Token-Inhaber an einen Beitragenden, der gegen eine Ablehnung Einspruch eingelegt hat.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="237"/>
        <location filename="../core/dao/proposalpresets.cpp" line="246"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="238"/>
        <source>Overturn: the dataset is approved, the contributor gets the deposit back and the reward</source>
        <translation>Aufheben: der Datensatz wird angenommen, der Beitragende erhält die Hinterlegung zurück und die Belohnung</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="240"/>
        <source>Uphold: the rejection stands, the deposit goes to the treasury</source>
        <translation>Bestätigen: die Ablehnung bleibt, die Hinterlegung geht an die Schatzkammer</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="242"/>
        <source>Decide a dataset left to governance</source>
        <translation>Über einen Datensatz entscheiden, der der Governance überlassen ist</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="243"/>
        <source>For a tie, or a review period that ran out: approve it, or reject it and keep a share of its stake (at most the slash cap).</source>
        <translation>Bei Gleichstand oder abgelaufener Prüffrist: annehmen, oder ablehnen und einen Anteil des Einsatzes einbehalten (höchstens die Obergrenze).</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="247"/>
        <source>Approve: the stake is returned and the reward paid</source>
        <translation>Annehmen: der Einsatz wird zurückgegeben und die Belohnung gezahlt</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="247"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="248"/>
        <source>Stake kept (%)</source>
        <translation>Einbehaltener Einsatz (%)</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="249"/>
        <source>A rejection only; 0 returns the whole stake</source>
        <translation>Nur bei Ablehnung; 0 gibt den ganzen Einsatz zurück</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="250"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="250"/>
        <source>Recorded with the decision</source>
        <translation>Mit der Entscheidung verzeichnet</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="263"/>
        <source>Choose what the proposal does.</source>
        <translation>Wählen Sie, was der Vorschlag bewirkt.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="265"/>
        <source>The curation contract&apos;s rules could not be read now.</source>
        <translation>Die Regeln des Kurationsvertrags konnten gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="325"/>
        <source>This DAO has no curation contract in its profile.</source>
        <translation>Das Profil dieser DAO nennt keinen Kurationsvertrag.</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="380"/>
        <source>the curation contract (%1)</source>
        <translation>den Kurationsvertrag (%1)</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="381"/>
        <source>the treasury (%1)</source>
        <translation>die Schatzkammer (%1)</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="387"/>
        <source>pay %1 from the treasury to %2</source>
        <translation>%1 aus der Schatzkammer an %2 zahlen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="389"/>
        <source>allow %1 to take %2 from the treasury</source>
        <translation>%1 erlauben, %2 aus der Schatzkammer zu nehmen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="395"/>
        <source>set the marketplace fee to %1 of each access sale</source>
        <translation>die Marktplatzgebühr auf %1 jedes Zugangsverkaufs setzen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="398"/>
        <source>set the minimum stake to list a dataset to %1</source>
        <translation>den Mindesteinsatz für einen Datensatz auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="402"/>
        <source>make %1 a curator</source>
        <translation>%1 zum Kurator machen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="403"/>
        <source>remove %1 from the curators</source>
        <translation>%1 aus den Kuratoren entfernen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="413"/>
        <source>add %1 from the treasury to the curation rewards pool</source>
        <translation>%1 aus der Schatzkammer in den Belohnungstopf der Kuration legen</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="416"/>
        <source>overturn the rejection of dataset #%1: it is approved, and its contributor gets the appeal deposit back and the reward</source>
        <translation>die Ablehnung von Datensatz #%1 aufheben: er wird angenommen, und sein Beitragender erhält die Einspruchshinterlegung zurück und die Belohnung</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="418"/>
        <source>uphold the rejection of dataset #%1: the appeal deposit goes to the treasury</source>
        <translation>die Ablehnung von Datensatz #%1 bestätigen: die Einspruchshinterlegung geht an die Schatzkammer</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="422"/>
        <source>approve dataset #%1, left to governance</source>
        <translation>Datensatz #%1 annehmen, der der Governance überlassen war</translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="423"/>
        <source>reject dataset #%1, left to governance, keeping %2 of its stake: %3</source>
        <translation>Datensatz #%1 ablehnen, der der Governance überlassen war, und %2 seines Einsatzes einbehalten: %3</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="39"/>
        <source>‹ All proposals</source>
        <translation>‹ Alle Vorschläge</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="61"/>
        <source>Proposed by %1</source>
        <translation>Vorgeschlagen von %1</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="80"/>
        <source>Queue…</source>
        <translation>Einreihen …</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="87"/>
        <source>Execute…</source>
        <translation>Ausführen …</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="94"/>
        <source>Cancel proposal…</source>
        <translation>Vorschlag zurückziehen …</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="100"/>
        <source>Vote…</source>
        <translation>Abstimmen …</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="114"/>
        <source>For %1</source>
        <translation>Dafür %1</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="115"/>
        <source>Against %1</source>
        <translation>Dagegen %1</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="116"/>
        <source>Abstain %1</source>
        <translation>Enthaltung %1</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="119"/>
        <source>Quorum %1</source>
        <translation>Quorum %1</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="129"/>
        <source>This proposal has no description beyond its title.</source>
        <translation>Dieser Vorschlag hat keine Beschreibung außer seinem Titel.</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="140"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="143"/>
        <source>No on-chain actions: this proposal is a signal vote.</source>
        <translation>Keine On-Chain-Aktionen: Dieser Vorschlag ist eine Meinungsabstimmung.</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="165"/>
        <location filename="../qml/governance/ProposalView.qml" line="172"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="173"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="186"/>
        <source>Value sent: %1</source>
        <translation>Gesendeter Betrag: %1</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="191"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="206"/>
        <source>Votes (%1)</source>
        <translation>Stimmen (%1)</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="213"/>
        <source>No votes yet.</source>
        <translation>Noch keine Stimmen.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="15"/>
        <source>New proposal</source>
        <translation>Neuer Vorschlag</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="16"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="100"/>
        <source>Proposer</source>
        <translation>Vorschlagende:r</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="113"/>
        <source>Title (one line)</source>
        <translation>Titel (eine Zeile)</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="116"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="117"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="126"/>
        <source>What and why, in markdown: lists, **bold**, links to the forum discussion…</source>
        <translation>Was und warum, in Markdown: Listen, **fett**, Links zur Forumsdiskussion …</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="135"/>
        <source>Nothing to preview yet.</source>
        <translation>Noch nichts für die Vorschau.</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="142"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="147"/>
        <source>None yet: without actions this is a text-only signal vote, and nothing is executed.</source>
        <translation>Noch keine: Ohne Aktionen ist dies eine reine Meinungsabstimmung, und nichts wird ausgeführt.</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="165"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="171"/>
        <source>Change the DAO&apos;s rules</source>
        <translation>Die Regeln der DAO ändern</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="202"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="226"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="263"/>
        <source>Contract 0x…</source>
        <translation>Vertrag 0x…</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="270"/>
        <source>ETH sent (optional)</source>
        <translation>Gesendete ETH (optional)</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="277"/>
        <source>Function, e.g. grantRole(bytes32,address)</source>
        <translation>Funktion, z. B. grantRole(bytes32,address)</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="286"/>
        <source>Arguments, one per line (arrays as [a,b])</source>
        <translation>Argumente, eines pro Zeile (Arrays als [a,b])</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="294"/>
        <source>Add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="294"/>
        <source>Reading the rules…</source>
        <translation>Lese die Regeln…</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="170"/>
        <source>Pay %1 from the treasury</source>
        <translation>%1 aus der Kasse zahlen</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="172"/>
        <source>Call a contract</source>
        <translation>Einen Vertrag aufrufen</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="244"/>
        <source>Recipient 0x…</source>
        <translation>Empfänger 0x…</translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="251"/>
        <source>Amount in %1</source>
        <translation>Betrag in %1</translation>
    </message>
</context>
<context>
    <name>PublicationJob</name>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="24"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="34"/>
        <source>The open DAO names no storage node to upload to (its profile&apos;s storage.api).</source>
        <translation>Die geöffnete DAO nennt keinen Speicherknoten zum Hochladen (storage.api in ihrem Profil).</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="36"/>
        <location filename="../core/dao/publicationjob.cpp" line="80"/>
        <source>%1 (data)</source>
        <translation>%1 (Daten)</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="38"/>
        <location filename="../core/dao/publicationjob.cpp" line="81"/>
        <source>%1 (metadata)</source>
        <translation>%1 (Metadaten)</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="49"/>
        <source>The prepared file %1 is gone, so the upload cannot continue: drop the files again.</source>
        <translation>Die vorbereitete Datei %1 fehlt, daher kann der Upload nicht weitergehen: Legen Sie die Dateien erneut ab.</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="56"/>
        <source>Uploading to %1</source>
        <translation>Lade hoch zu %1</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="65"/>
        <source>Stored and pinned</source>
        <translation>Gespeichert und angeheftet</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="107"/>
        <source>The service could not pin %1: %2</source>
        <translation>Der Dienst konnte %1 nicht anheften: %2</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="110"/>
        <source>it gave no reason</source>
        <translation>er nannte keinen Grund</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="123"/>
        <source>Checking the registry and the stake allowance…</source>
        <translation>Register und Freigabe für den Einsatz werden geprüft…</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="132"/>
        <source>This content is registered already, as dataset #%1 by another member (the registry takes it once: DatasetAlreadyRegistered).</source>
        <translation>Dieser Inhalt ist bereits registriert, als Datensatz #%1 eines anderen Mitglieds (das Register nimmt ihn nur einmal: DatasetAlreadyRegistered).</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="140"/>
        <source>Dataset #%1 (registered already, by an earlier run)</source>
        <translation>Datensatz #%1 (bereits registriert, bei einem früheren Lauf)</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="151"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="162"/>
        <source>Dataset #%1</source>
        <translation>Datensatz #%1</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="173"/>
        <source>The open DAO has no dataset registry.</source>
        <translation>Die geöffnete DAO hat kein Datensatz-Register.</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="181"/>
        <source>Inspecting, describing and hashing %1…</source>
        <translation>%1 wird geprüft, beschrieben und gehasht…</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="194"/>
        <source>%1 cannot be created.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="198"/>
        <source>Content %1 · metadata %2</source>
        <translation>Inhalt %1 · Metadaten %2</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="207"/>
        <source>This publication belongs to another DAO (chain %1, registry %2): open that DAO to continue it, or start over.</source>
        <translation>Diese Veröffentlichung gehört zu einer anderen DAO (Chain %1, Register %2): Öffnen Sie diese DAO, um sie fortzusetzen, oder beginnen Sie von vorn.</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="220"/>
        <source>Asking the pinning service to pin both CIDs…</source>
        <translation>Der Pinning-Dienst wird gebeten, beide CIDs zu pinnen…</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="238"/>
        <source>Pinned (data and metadata)</source>
        <translation>Gepinnt (Daten und Metadaten)</translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="271"/>
        <source>Replaces: give the number of your dataset this one corrects, as the catalog shows it (#5: 5).</source>
        <translation>Ersetzt: Geben Sie die Nummer Ihres Datensatzes an, den dieser korrigiert, wie der Katalog sie zeigt (#5: 5).</translation>
    </message>
</context>
<context>
    <name>QualityReportPane</name>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="30"/>
        <source>Quality report</source>
        <translation>Qualitätsbericht</translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="39"/>
        <source>Measure again</source>
        <translation>Erneut messen</translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="39"/>
        <source>Measure the dataset</source>
        <translation>Datensatz messen</translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="46"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="53"/>
        <source>The app downloads the dataset again, checks every block against its CID, and measures the files itself: sizes, hashes, formats, schema, rows, empty values, personal data and duplicates of registered datasets. The report goes on chain with your review, so anyone can run it again.</source>
        <translation>Die App lädt den Datensatz erneut herunter, prüft jeden Block gegen seine CID und misst die Dateien selbst: Größen, Hashes, Formate, Schema, Zeilen, leere Werte, personenbezogene Daten und Duplikate registrierter Datensätze. Der Bericht geht mit Ihrer Prüfung auf die Chain, sodass jeder ihn wiederholen kann.</translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="82"/>
        <source>Every claim holds: files, sizes, hashes, formats, schema, rows and licence; no duplicate of a registered dataset.</source>
        <translation>Jede Angabe stimmt: Dateien, Größen, Hashes, Formate, Schema, Zeilen und Lizenz; kein Duplikat eines registrierten Datensatzes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/curation/QualityReportPane.qml" line="83"/>
        <source>%n claim(s) of the metadata do not hold</source>
        <translation>
            <numerusform>%n Angabe der Metadaten stimmt nicht</numerusform>
            <numerusform>%n Angaben der Metadaten stimmen nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/curation/QualityReportPane.qml" line="84"/>
        <source>; duplicates %n registered dataset(s)</source>
        <translation>
            <numerusform>; dupliziert %n registrierten Datensatz</numerusform>
            <numerusform>; dupliziert %n registrierte Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="105"/>
        <source>• %1% of its rows are in #%2 “%3”</source>
        <translation>• %1% seiner Zeilen stehen in #%2 „%3“</translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="106"/>
        <source>• The %1 as #%2 “%3”</source>
        <translation>• %1 wie #%2 „%3“</translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="116"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/curation/QualityReportPane.qml" line="133"/>
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n Zeile</numerusform>
            <numerusform>%1 — %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="134"/>
        <source>, %1 duplicated (%2%)</source>
        <translation>, %1 doppelt (%2%)</translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="164"/>
        <source>empty %1%</source>
        <translation>leer %1%</translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="169"/>
        <source>distinct %1%</source>
        <translation>verschieden %1%</translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="197"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/curation/QualityReportPane.qml" line="198"/>
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n Ausreißer</numerusform>
            <numerusform>%n Ausreißer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="199"/>
        <source>personal data: %1</source>
        <translation>personenbezogene Daten: %1</translation>
    </message>
</context>
<context>
    <name>QueueCard</name>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="73"/>
        <source>%1 of %2 reviews</source>
        <translation>%1 von %2 Prüfungen</translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="79"/>
        <source>· you reviewed it</source>
        <translation>· von Ihnen geprüft</translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="85"/>
        <source>appeal window closed</source>
        <translation>Einspruchsfrist abgelaufen</translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="85"/>
        <source>review period over</source>
        <translation>Prüfungsfrist abgelaufen</translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="86"/>
        <source>%1 left to appeal</source>
        <translation>noch %1 für einen Einspruch</translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="87"/>
        <source>%1 left to review</source>
        <translation>noch %1 zur Prüfung</translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="95"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="95"/>
        <source>stake %1</source>
        <translation>Einsatz %1</translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="96"/>
        <source>submitted %1 ago</source>
        <translation>vor %1 eingereicht</translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <location filename="../qml/governance/RelayDialog.qml" line="11"/>
        <source>Send a signed vote</source>
        <translation>Signierte Stimme senden</translation>
    </message>
    <message>
        <location filename="../qml/governance/RelayDialog.qml" line="12"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../qml/governance/RelayDialog.qml" line="33"/>
        <source>%1 on “%2”, signed by %3. Sending it casts that vote; the account below only pays the network fee.</source>
        <translation>%1 zu „%2“, signiert von %3. Das Senden gibt diese Stimme ab; das Konto unten zahlt nur die Netzwerkgebühr.</translation>
    </message>
    <message>
        <location filename="../qml/governance/RelayDialog.qml" line="35"/>
        <source>Account that pays the network fee</source>
        <translation>Konto, das die Netzwerkgebühr zahlt</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../qml/wallet/RemoveDialog.qml" line="13"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/RemoveDialog.qml" line="15"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location filename="../qml/wallet/RemoveDialog.qml" line="33"/>
        <source>The encrypted key of %1 will be deleted from this computer. Tokens stay on chain, but only your recovery phrase or an exported keystore file can bring the account back.</source>
        <translation>Der verschlüsselte Schlüssel von %1 wird von diesem Computer gelöscht. Die Token bleiben auf der Chain, aber nur Ihre Wiederherstellungsphrase oder eine exportierte Keystore-Datei bringt das Konto zurück.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/RemoveDialog.qml" line="39"/>
        <source>I have a backup of this account</source>
        <translation>Ich habe eine Sicherung dieses Kontos</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../qml/wallet/RenameDialog.qml" line="12"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/RenameDialog.qml" line="13"/>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/RenameDialog.qml" line="29"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
</context>
<context>
    <name>RevertWords</name>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="19"/>
        <source>dataset #{id} is not in review now</source>
        <translation>Datensatz #{id} ist gerade nicht in Prüfung</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="21"/>
        <source>the review period of dataset #{id} is over; anyone may now send it to governance</source>
        <translation>die Prüffrist von Datensatz #{id} ist vorbei; jeder darf ihn jetzt an die Governance geben</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="22"/>
        <source>the review period of dataset #{id} is not over yet</source>
        <translation>die Prüffrist von Datensatz #{id} ist noch nicht vorbei</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="24"/>
        <source>{curator} has already reviewed dataset #{id} in this round</source>
        <translation>{curator} hat Datensatz #{id} in dieser Runde schon geprüft</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="26"/>
        <source>{curator} submitted dataset #{id}, and a curator does not review their own dataset</source>
        <translation>{curator} hat Datensatz #{id} eingereicht, und Kuratoren prüfen ihre eigenen Datensätze nicht</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="27"/>
        <source>an approval takes no reason, and a rejection needs one</source>
        <translation>eine Freigabe hat keinen Grund, eine Ablehnung braucht einen</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="29"/>
        <source>keeping {slashBasisPoints} basis points of the stake is more than allowed</source>
        <translation>{slashBasisPoints} Basispunkte des Einsatzes einzubehalten ist mehr als erlaubt</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="30"/>
        <source>dataset #{id} is not waiting for governance</source>
        <translation>Datensatz #{id} wartet nicht auf die Governance</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="32"/>
        <source>dataset #{id} is not rejected, or its appeal was decided already: only a rejection is appealed, once</source>
        <translation>Datensatz #{id} ist nicht abgelehnt, oder über seinen Einspruch wurde schon entschieden: Einspruch gibt es nur gegen eine Ablehnung, einmal</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="34"/>
        <source>dataset #{id} has no open appeal</source>
        <translation>Datensatz #{id} hat keinen offenen Einspruch</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="36"/>
        <source>the time to appeal the rejection of dataset #{id} is over</source>
        <translation>die Frist für einen Einspruch gegen die Ablehnung von Datensatz #{id} ist vorbei</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="38"/>
        <source>only the contributor of dataset #{id} may do this, and {caller} is not</source>
        <translation>nur wer Datensatz #{id} beigetragen hat, darf das, und {caller} hat es nicht</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="40"/>
        <source>dataset #{id} is not approved: only an approved dataset can be challenged</source>
        <translation>Datensatz #{id} ist nicht freigegeben: Nur freigegebene Datensätze können angefochten werden</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="42"/>
        <source>these curation rules are not allowed: the quorum and the review period must be above zero and the slash cap at most 100%</source>
        <translation>diese Kuratierungsregeln sind nicht erlaubt: Quorum und Prüffrist müssen über null liegen und die Obergrenze der Kürzung höchstens bei 100 %</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="44"/>
        <source>an address given is zero</source>
        <translation>eine angegebene Adresse ist null</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="46"/>
        <source>there is no dataset #{id}</source>
        <translation>es gibt keinen Datensatz #{id}</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="48"/>
        <source>this content is registered already, as dataset #{id}</source>
        <translation>dieser Inhalt ist schon registriert, als Datensatz #{id}</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="49"/>
        <source>dataset #{id} is not pending</source>
        <translation>Datensatz #{id} ist nicht ausstehend</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="51"/>
        <source>dataset #{id} is being reviewed, and a dataset under review can no longer be withdrawn</source>
        <translation>Datensatz #{id} wird geprüft, und ein Datensatz in Prüfung kann nicht mehr zurückgezogen werden</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="52"/>
        <source>dataset #{id} is not rejected</source>
        <translation>Datensatz #{id} ist nicht abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="53"/>
        <source>dataset #{id} is not approved</source>
        <translation>Datensatz #{id} ist nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="55"/>
        <source>dataset #{id} is not for sale: only approved datasets are</source>
        <translation>Datensatz #{id} ist nicht käuflich: Nur freigegebene Datensätze sind es</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="56"/>
        <source>the stake {stake} is below the minimum of {minimumStake}</source>
        <translation>der Einsatz {stake} liegt unter dem Minimum von {minimumStake}</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="57"/>
        <source>a CID is empty</source>
        <translation>eine CID ist leer</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="58"/>
        <source>a fee of {feeBasisPoints} basis points is more than allowed</source>
        <translation>eine Gebühr von {feeBasisPoints} Basispunkten ist mehr als erlaubt</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="59"/>
        <source>{member} holds access to dataset #{id} already</source>
        <translation>{member} hat schon Zugang zu Datensatz #{id}</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="62"/>
        <source>{account} does not hold the role this needs</source>
        <translation>{account} hat nicht die Rolle, die das braucht</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="64"/>
        <source>{sender} holds {balance} of the token&apos;s smallest unit, and {needed} are needed</source>
        <translation>{sender} hält {balance} der kleinsten Einheit des Tokens, und {needed} werden gebraucht</translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="66"/>
        <source>{spender} may take {allowance} of the token&apos;s smallest unit, and {needed} are needed</source>
        <translation>{spender} darf {allowance} der kleinsten Einheit des Tokens nehmen, und {needed} werden gebraucht</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <location filename="../qml/curation/ReviewCard.qml" line="23"/>
        <source>Approved by</source>
        <translation>Angenommen von</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewCard.qml" line="23"/>
        <source>Rejected by</source>
        <translation>Abgelehnt von</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewCard.qml" line="30"/>
        <source>round %1 · </source>
        <translation>Runde %1 · </translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewCard.qml" line="38"/>
        <source>, proposing to keep %1% of the stake</source>
        <translation>, mit dem Vorschlag, %1% des Einsatzes einzubehalten</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewCard.qml" line="53"/>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="50"/>
        <source>Your verdict</source>
        <translation>Ihr Urteil</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="57"/>
        <source>Approve</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="58"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="64"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="74"/>
        <source>Keep of the stake</source>
        <translation>Vom Einsatz einbehalten</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="82"/>
        <source>% (at most %1%)</source>
        <translation>% (höchstens %1%)</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="91"/>
        <source>What the contributor should know: what fails, where, and what a corrected version needs</source>
        <translation>Was der Beitragende wissen sollte: was nicht stimmt, wo, und was eine korrigierte Fassung braucht</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="92"/>
        <source>What the other curators and buyers should know (optional)</source>
        <translation>Was die anderen Kuratoren und Käufer wissen sollten (optional)</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="96"/>
        <source>The report is published to the DAO&apos;s storage and its address goes on chain with the review. Once the quorum is reached, the majority decides.</source>
        <translation>Der Bericht wird im Speicher der DAO veröffentlicht und seine Adresse geht mit der Prüfung auf die Chain. Ist das Quorum erreicht, entscheidet die Mehrheit.</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="97"/>
        <source>Measure the dataset first: a review carries its report as evidence.</source>
        <translation>Messen Sie den Datensatz zuerst: Eine Prüfung trägt ihren Bericht als Beleg.</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="107"/>
        <source>Approve on chain…</source>
        <translation>Auf der Chain annehmen…</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="107"/>
        <source>Reject on chain…</source>
        <translation>Auf der Chain ablehnen…</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="130"/>
        <source>A rejection says why in words: the contributor reads it, and may appeal.</source>
        <translation>Eine Ablehnung sagt in Worten, warum: Der Beitragende liest es und kann Einspruch erheben.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="19"/>
        <source>Choose an account of your wallet at the top of the queue to review.</source>
        <translation>Wählen Sie oben in der Warteschlange ein Konto Ihrer Wallet, um zu prüfen.</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="20"/>
        <source>The review period is over: the dataset waits for governance.</source>
        <translation>Die Prüfungsfrist ist abgelaufen: Der Datensatz wartet auf die Governance.</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="21"/>
        <source>This dataset is no longer open to reviews: %1.</source>
        <translation>Dieser Datensatz ist nicht mehr zur Prüfung offen: %1.</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="22"/>
        <source>%1 has reviewed this dataset; each curator reviews a dataset once.</source>
        <translation>%1 hat diesen Datensatz geprüft; jeder Kurator prüft einen Datensatz einmal.</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="23"/>
        <source>This is your own dataset: other curators review it.</source>
        <translation>Das ist Ihr eigener Datensatz: Andere Kuratoren prüfen ihn.</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="24"/>
        <source>%1 is not a curator: reviews need the role, which governance grants. You can still measure the dataset.</source>
        <translation>%1 ist kein Kurator: Prüfungen erfordern die Rolle, die die Governance vergibt. Messen können Sie den Datensatz trotzdem.</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="38"/>
        <source>‹ Review queue</source>
        <translation>‹ Prüfwarteschlange</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="76"/>
        <source>Contributor</source>
        <translation>Beitragende Person</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="78"/>
        <source>Stake</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="80"/>
        <location filename="../qml/curation/ReviewView.qml" line="137"/>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="82"/>
        <source>%1 of the %2 that decide it</source>
        <translation>%1 der %2, die ihn entscheiden</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="83"/>
        <source> · %1 left to appeal</source>
        <translation> · noch %1 für einen Einspruch</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="83"/>
        <source> · %1 left to review</source>
        <translation> · noch %1 zur Prüfung</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="86"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="144"/>
        <source>No curator has reviewed it yet.</source>
        <translation>Noch kein Kurator hat ihn geprüft.</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="153"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="160"/>
        <source>Nothing has happened in its curation yet.</source>
        <translation>In seiner Kuratierung ist noch nichts geschehen.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../qml/wallet/SendDialog.qml" line="11"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/SendDialog.qml" line="12"/>
        <source>Send %1 from %2</source>
        <translation>%1 von %2 senden</translation>
    </message>
    <message>
        <location filename="../qml/wallet/SendDialog.qml" line="27"/>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/SendDialog.qml" line="34"/>
        <source>Recipient address</source>
        <translation>Empfängeradresse</translation>
    </message>
    <message>
        <location filename="../qml/wallet/SendDialog.qml" line="36"/>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="24"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="25"/>
        <source>Appearance, language and how the wallet protects your keys.</source>
        <translation>Darstellung, Sprache und wie die Wallet Ihre Schlüssel schützt.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="34"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="38"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="44"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="50"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="62"/>
        <source>Lock the wallet after</source>
        <translation>Wallet sperren nach</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="73"/>
        <source>never (not recommended)</source>
        <translation>nie (nicht empfohlen)</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="74"/>
        <source>idle minutes</source>
        <translation>inaktiven Minuten</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="80"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="86"/>
        <source>On the desktop</source>
        <translation>Auf dem Desktop</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="93"/>
        <source>New proposals, and votes ending within a day that you have not cast. They also show in this window.</source>
        <translation>Neue Vorschläge und Abstimmungen, die innerhalb eines Tages enden und bei denen Sie noch nicht abgestimmt haben. Sie erscheinen auch in diesem Fenster.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="99"/>
        <source>Forums allowed</source>
        <translation>Erlaubte Foren</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="103"/>
        <source>None yet: a proposal&apos;s discussion is read only from forums you allow.</source>
        <translation>Noch keine: Die Diskussion zu einem Vorschlag wird nur aus Foren gelesen, die Sie erlauben.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="111"/>
        <source> (with images)</source>
        <translation> (mit Bildern)</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="112"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="117"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="128"/>
        <source>Network and DAO</source>
        <translation>Netzwerk und DAO</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="137"/>
        <source>No DAO profile is open. Open a profile file, or start the local devnet with `datadao-cli devnet up`.</source>
        <translation>Kein DAO-Profil ist geöffnet. Öffnen Sie eine Profildatei oder starten Sie das lokale Devnet mit `datadao-cli devnet up`.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="151"/>
        <source>DAO</source>
        <translation>DAO</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="152"/>
        <source>Chain id</source>
        <translation>Chain-ID</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="153"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="154"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="155"/>
        <source>Governor</source>
        <translation>Governor</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="156"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="157"/>
        <source>Timelock (treasury)</source>
        <translation>Timelock (Schatzkammer)</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="158"/>
        <source>Profile file</source>
        <translation>Profildatei</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="193"/>
        <source>Open DAO profile…</source>
        <translation>DAO-Profil öffnen…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="199"/>
        <source>Rebuild the cache</source>
        <translation>Cache neu aufbauen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="201"/>
        <source>Deletes what this app read from the chain for this DAO and reads it again. Your transactions and keys are not touched.</source>
        <translation>Löscht, was diese App für diese DAO von der Chain gelesen hat, und liest es neu. Ihre Transaktionen und Schlüssel bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="213"/>
        <source>Add a DAO by its node and governor</source>
        <translation>Eine DAO über ihren Knoten und Governor hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="226"/>
        <source>Node URLs, comma-separated (https://…)</source>
        <translation>Knoten-URLs, durch Kommas getrennt (https://…)</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="233"/>
        <source>Governor address 0x…</source>
        <translation>Governor-Adresse 0x…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="235"/>
        <source>Governor address</source>
        <translation>Governor-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="239"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="250"/>
        <source>Remote pinning service</source>
        <translation>Entfernter Pinning-Dienst</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="264"/>
        <source>Published datasets are also pinned by %1. Its token is sealed with the key of %2: unlock that account to publish with it.</source>
        <translation>Veröffentlichte Datensätze werden auch von %1 angeheftet. Sein Token ist mit dem Schlüssel von %2 versiegelt: Entsperren Sie dieses Konto, um damit zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="265"/>
        <source>Any service of the IPFS Pinning Service API (Pinata, Filebase, 4EVERLAND…) can keep a second copy of what you publish. Its token is sealed with one of your accounts&apos; keys, never stored in the clear.</source>
        <translation>Jeder Dienst der IPFS Pinning Service API (Pinata, Filebase, 4EVERLAND…) kann eine zweite Kopie Ihrer Veröffentlichungen aufbewahren. Sein Token wird mit dem Schlüssel eines Ihrer Konten versiegelt und nie im Klartext gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="274"/>
        <source>Endpoint (https://…)</source>
        <translation>Endpunkt (https://…)</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="276"/>
        <source>Pinning service endpoint</source>
        <translation>Endpunkt des Pinning-Dienstes</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="282"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="284"/>
        <source>Pinning service access token</source>
        <translation>Zugriffstoken des Pinning-Dienstes</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="293"/>
        <source>Account whose key seals the token</source>
        <translation>Konto, dessen Schlüssel das Token versiegelt</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="299"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="305"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="325"/>
        <source>Open a DAO profile</source>
        <translation>Ein DAO-Profil öffnen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="326"/>
        <source>DAO profiles (*.json)</source>
        <translation>DAO-Profile (*.json)</translation>
    </message>
</context>
<context>
    <name>TokenCalls</name>
    <message>
        <location filename="../core/dao/tokencalls.cpp" line="49"/>
        <source>The DAO&apos;s token names no symbol.</source>
        <translation>Das Token der DAO nennt kein Symbol.</translation>
    </message>
    <message>
        <location filename="../core/dao/tokencalls.cpp" line="84"/>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <location filename="../core/dao/tokencalls.cpp" line="87"/>
        <source>Send %1 %2 to %3</source>
        <translation>%1 %2 an %3 senden</translation>
    </message>
    <message>
        <location filename="../core/dao/tokencalls.cpp" line="95"/>
        <source>Delegate your voting power to yourself</source>
        <translation>Ihre Stimmkraft an sich selbst delegieren</translation>
    </message>
    <message>
        <location filename="../core/dao/tokencalls.cpp" line="96"/>
        <source>Delegate your voting power to %1</source>
        <translation>Ihre Stimmkraft an %1 delegieren</translation>
    </message>
</context>
<context>
    <name>TransactionHistoryList</name>
    <message>
        <location filename="../qml/transactions/TransactionHistoryList.qml" line="24"/>
        <source>No transactions yet</source>
        <translation>Noch keine Transaktionen</translation>
    </message>
    <message>
        <location filename="../qml/transactions/TransactionHistoryList.qml" line="25"/>
        <source>Transactions you sign in this app appear here with their status, and stay here after a restart. Pending ones are followed until they are mined; one the network dropped is sent again.</source>
        <translation>Transaktionen, die Sie in dieser App signieren, erscheinen hier mit ihrem Status und bleiben nach einem Neustart erhalten. Ausstehende werden verfolgt, bis sie gemint sind; eine vom Netzwerk verworfene wird erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../qml/transactions/TransactionHistoryList.qml" line="96"/>
        <source>%1 · nonce %2</source>
        <translation>%1 · Nonce %2</translation>
    </message>
</context>
<context>
    <name>TransactionService</name>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="88"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="90"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="92"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="93"/>
        <source>new contract</source>
        <translation>neuer Vertrag</translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="97"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="107"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="107"/>
        <source>%1 bytes, not decoded</source>
        <translation>%1 Bytes, nicht dekodiert</translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="109"/>
        <source>Value</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="111"/>
        <source>Max network fee</source>
        <translation>Max. Netzwerkgebühr</translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="115"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="121"/>
        <source>This account holds %1 %3 but the transaction needs up to %2 %3 (value plus the maximum network fee). Add %3 to the account before signing.</source>
        <translation>Dieses Konto hält %1 %3, die Transaktion braucht aber bis zu %2 %3 (Betrag plus maximale Netzwerkgebühr). Laden Sie %3 auf das Konto, bevor Sie signieren.</translation>
    </message>
</context>
<context>
    <name>TransactionTracker</name>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="59"/>
        <source>Mined in block %1</source>
        <translation>In Block %1 gemint</translation>
    </message>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="62"/>
        <source>Mined but reverted in block %1</source>
        <translation>In Block %1 gemint, aber zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="73"/>
        <source>Waiting to be mined</source>
        <translation>Wartet darauf, gemint zu werden</translation>
    </message>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="84"/>
        <source>Another transaction with nonce %1 from this account was mined instead.</source>
        <translation>Stattdessen wurde eine andere Transaktion dieses Kontos mit Nonce %1 gemint.</translation>
    </message>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="91"/>
        <source>The node dropped it and refuses it again: %1</source>
        <translation>Der Knoten hat sie verworfen und lehnt sie erneut ab: %1</translation>
    </message>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="94"/>
        <source>Sent (it had been signed but not sent)</source>
        <translation>Gesendet (sie war signiert, aber nicht gesendet)</translation>
    </message>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="95"/>
        <source>Sent again (the node had dropped it)</source>
        <translation>Erneut gesendet (der Knoten hatte sie verworfen)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../qml/wallet/UnlockDialog.qml" line="12"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../qml/wallet/UnlockDialog.qml" line="14"/>
        <source>Unlock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <location filename="../qml/wallet/UnlockDialog.qml" line="40"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="13"/>
        <source>Vote on “%1”</source>
        <translation>Abstimmen über „%1“</translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="14"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="42"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="73"/>
        <source>Delegate to myself…</source>
        <translation>An mich selbst delegieren …</translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="83"/>
        <source>For</source>
        <translation>Dafür</translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="84"/>
        <source>Against</source>
        <translation>Dagegen</translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="85"/>
        <source>Abstain</source>
        <translation>Enthaltung</translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="94"/>
        <source>Reason (optional): stored on chain with your vote, for everyone to read</source>
        <translation>Begründung (optional): wird mit Ihrer Stimme auf der Chain gespeichert, für alle lesbar</translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="101"/>
        <source>Sign now, send later (no fee now)</source>
        <translation>Jetzt signieren, später senden (jetzt keine Gebühr)</translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="109"/>
        <source>Your vote is signed and kept on this computer. It counts once it is sent, by you from another account or by anyone you give it to, while voting is open.</source>
        <translation>Ihre Stimme wird signiert und auf diesem Computer aufbewahrt. Sie zählt, sobald sie gesendet wird – von Ihnen über ein anderes Konto oder von jemandem, dem Sie sie geben –, solange die Abstimmung läuft.</translation>
    </message>
</context>
<context>
    <name>VoteWords</name>
    <message>
        <location filename="../core/dao/votewords.cpp" line="9"/>
        <source>Against</source>
        <translation>Dagegen</translation>
    </message>
    <message>
        <location filename="../core/dao/votewords.cpp" line="11"/>
        <source>For</source>
        <translation>Dafür</translation>
    </message>
    <message>
        <location filename="../core/dao/votewords.cpp" line="13"/>
        <source>Abstain</source>
        <translation>Enthaltung</translation>
    </message>
    <message>
        <location filename="../core/dao/votewords.cpp" line="21"/>
        <source>for</source>
        <translation>dafür</translation>
    </message>
    <message>
        <location filename="../core/dao/votewords.cpp" line="21"/>
        <source>against</source>
        <translation>dagegen</translation>
    </message>
    <message>
        <location filename="../core/dao/votewords.cpp" line="21"/>
        <source>abstain on</source>
        <translation>Enthaltung zu</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="26"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="27"/>
        <source>Your keys stay on this computer, encrypted with your password. Unlocked keys are wiped from memory when you lock or step away.</source>
        <translation>Ihre Schlüssel bleiben auf diesem Computer, verschlüsselt mit Ihrem Passwort. Entsperrte Schlüssel werden aus dem Speicher gelöscht, wenn Sie sperren oder sich entfernen.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="31"/>
        <source>Lock all</source>
        <translation>Alle sperren</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="37"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="43"/>
        <source>Create wallet…</source>
        <translation>Wallet erstellen…</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="60"/>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="61"/>
        <source>Create a new wallet with a recovery phrase, or import one you already have: a recovery phrase, a private key, or a keystore file from geth, Foundry or MetaMask. You can also drop a keystore file onto this window.</source>
        <translation>Erstellen Sie eine neue Wallet mit einer Wiederherstellungsphrase oder importieren Sie eine vorhandene: eine Wiederherstellungsphrase, einen privaten Schlüssel oder eine Keystore-Datei aus geth, Foundry oder MetaMask. Sie können eine Keystore-Datei auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="64"/>
        <source>Create a new wallet</source>
        <translation>Neue Wallet erstellen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="70"/>
        <source>Import a wallet</source>
        <translation>Wallet importieren</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="82"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="88"/>
        <source>Transactions (%1 pending)</source>
        <translation>Transaktionen (%1 ausstehend)</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="89"/>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="145"/>
        <source>Choose a folder for the keystore file</source>
        <translation>Ordner für die Keystore-Datei wählen</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="153"/>
        <source>Keystore saved to %1. It is encrypted with this account&apos;s password.</source>
        <translation>Keystore unter %1 gespeichert. Er ist mit dem Passwort dieses Kontos verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="155"/>
        <source>Account %1 removed from this computer.</source>
        <translation>Konto %1 von diesem Computer entfernt.</translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="157"/>
        <source>Password changed.</source>
        <translation>Passwort geändert.</translation>
    </message>
</context>
<context>
    <name>dd::app::AppContext</name>
    <message>
        <location filename="../app/appcontext.cpp" line="120"/>
        <source>The app is closing.</source>
        <translation>Die App wird beendet.</translation>
    </message>
</context>
<context>
    <name>dd::app::CatalogController</name>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="31"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="33"/>
        <source>Approved</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="35"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="37"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="55"/>
        <source>Reading its metadata…</source>
        <translation>Lese seine Metadaten…</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="57"/>
        <source>Metadata unavailable: %1</source>
        <translation>Metadaten nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="59"/>
        <source>Dataset #%1</source>
        <translation>Datensatz #%1</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="66"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="324"/>
        <source>No dataset is open.</source>
        <translation>Kein Datensatz ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="335"/>
        <source>Confirm it in the sheet.</source>
        <translation>Bestätigen Sie es im Bestätigungsfenster.</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="341"/>
        <source>Withdrawn: the stake is back in your account.</source>
        <translation>Zurückgezogen: der Einsatz ist wieder auf Ihrem Konto.</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="353"/>
        <source>Choose the account that pays.</source>
        <translation>Wählen Sie das zahlende Konto.</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="353"/>
        <source>No node is connected.</source>
        <translation>Kein Knoten ist verbunden.</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="358"/>
        <source>Checking the allowance…</source>
        <translation>Prüfe die Freigabe…</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="377"/>
        <source>Step %1 of %2: confirm it in the sheet.</source>
        <translation>Schritt %1 von %2: Bestätigen Sie ihn im Dialog.</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="384"/>
        <source>Access bought.</source>
        <translation>Zugang gekauft.</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="397"/>
        <source>The open DAO names no gateway to download from.</source>
        <translation>Die geöffnete DAO nennt kein Gateway zum Herunterladen.</translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="412"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>dd::app::ChainController</name>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="33"/>
        <source>No DAO profile is open.</source>
        <translation>Kein DAO-Profil ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="110"/>
        <source>&quot;%1&quot; is not an http(s) URL of a node.</source>
        <translation>„%1“ ist keine http(s)-URL eines Knotens.</translation>
    </message>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="116"/>
        <source>Enter the URL of at least one node.</source>
        <translation>Geben Sie die URL mindestens eines Knotens ein.</translation>
    </message>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="170"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="212"/>
        <source>Wrong network: %1</source>
        <translation>Falsches Netzwerk: %1</translation>
    </message>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="213"/>
        <location filename="../app/network/chaincontroller.cpp" line="235"/>
        <source>The node does not answer: %1</source>
        <translation>Der Knoten antwortet nicht: %1</translation>
    </message>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="234"/>
        <source>%1 · block %2</source>
        <translation>%1 · Block %2</translation>
    </message>
</context>
<context>
    <name>dd::app::ChainSync</name>
    <message>
        <location filename="../app/network/chainsync.cpp" line="175"/>
        <source>Reading the chain: block %1 of %2</source>
        <translation>Chain wird gelesen: Block %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/network/chainsync.cpp" line="184"/>
        <source>Governance sync failed: %1</source>
        <translation>Governance-Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/network/chainsync.cpp" line="186"/>
        <source>Up to date at block %1 (after a chain reorganisation)</source>
        <translation>Aktuell bei Block %1 (nach einer Reorganisation der Chain)</translation>
    </message>
    <message>
        <location filename="../app/network/chainsync.cpp" line="187"/>
        <source>Up to date at block %1</source>
        <translation>Aktuell bei Block %1</translation>
    </message>
    <message>
        <location filename="../app/network/chainsync.cpp" line="204"/>
        <source>Rebuilding the cache from the chain…</source>
        <translation>Cache wird aus der Chain neu aufgebaut …</translation>
    </message>
</context>
<context>
    <name>dd::app::ContributeController</name>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="175"/>
        <source>Open the DAO this publication belongs to first (Settings).</source>
        <translation>Öffnen Sie zuerst die DAO, zu der diese Veröffentlichung gehört (Einstellungen).</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="194"/>
        <source>Hash and write the CAR</source>
        <translation>Hashen und CAR schreiben</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="195"/>
        <source>Upload to storage</source>
        <translation>In den Speicher hochladen</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="196"/>
        <source>Register on chain</source>
        <translation>Auf der Chain registrieren</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="214"/>
        <source>%1 does not exist (was it moved or deleted?).</source>
        <translation>%1 existiert nicht (verschoben oder gelöscht?).</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="221"/>
        <source>Inspecting %1</source>
        <translation>Prüfe %1</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="256"/>
        <source>Drop a file or folder first.</source>
        <translation>Legen Sie zuerst eine Datei oder einen Ordner ab.</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="258"/>
        <source>The inspection found errors: fix the files and drop them again.</source>
        <translation>Die Prüfung hat Fehler gefunden: Korrigieren Sie die Dateien und legen Sie sie erneut ab.</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="261"/>
        <source>The open DAO has no dataset registry.</source>
        <translation>Die geöffnete DAO hat kein Datensatz-Register.</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="263"/>
        <source>The open DAO names no storage node to upload to (its profile&apos;s storage.api).</source>
        <translation>Die geöffnete DAO nennt keinen Speicherknoten zum Hochladen (storage.api in ihrem Profil).</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="266"/>
        <source>Choose the account that contributes and stakes.</source>
        <translation>Wählen Sie das Konto, das beiträgt und den Einsatz leistet.</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="159"/>
        <source>Content %1 · metadata %2</source>
        <translation>Inhalt %1 · Metadaten %2</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="161"/>
        <source>Stored and pinned</source>
        <translation>Gespeichert und angeheftet</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="164"/>
        <source>Stopped by the restart; continues when you do</source>
        <translation>Durch den Neustart angehalten; geht weiter, wenn Sie fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="165"/>
        <source>Not registered yet</source>
        <translation>Noch nicht registriert</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="289"/>
        <source>Pin with %1</source>
        <translation>Bei %1 anheften</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="345"/>
        <source>Pinned by %1 (data and metadata)</source>
        <translation>Von %1 angeheftet (Daten und Metadaten)</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="320"/>
        <source>No node is connected.</source>
        <translation>Kein Knoten ist verbunden.</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="368"/>
        <source>Dataset #%1 (registered already: the transaction sent before the restart landed)</source>
        <translation>Datensatz #%1 (schon registriert: die vor dem Neustart gesendete Transaktion kam an)</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="369"/>
        <source>Dataset #%1</source>
        <translation>Datensatz #%1</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="402"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="403"/>
        <source>Cancelled. Nothing was registered; drop the files again to start over.</source>
        <translation>Abgebrochen. Nichts wurde registriert; legen Sie die Dateien erneut ab, um neu zu beginnen.</translation>
    </message>
</context>
<context>
    <name>dd::app::CurationController</name>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="387"/>
        <source>Open a dataset of a DAO first.</source>
        <translation>Öffnen Sie zuerst einen Datensatz einer DAO.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="396"/>
        <source>Reading the dataset&apos;s entry…</source>
        <translation>Der Eintrag des Datensatzes wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="428"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="434"/>
        <source>Measured here from the downloaded files.</source>
        <translation>Hier an den heruntergeladenen Dateien gemessen.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="450"/>
        <source>Choose the curator&apos;s account.</source>
        <translation>Wählen Sie das Konto des Kurators.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="451"/>
        <source>Measure the dataset first: a review carries its report.</source>
        <translation>Messen Sie den Datensatz zuerst: eine Prüfung trägt ihren Bericht.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="461"/>
        <source>Publishing the report to the DAO&apos;s storage…</source>
        <translation>Der Bericht wird im Speicher der DAO veröffentlicht…</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="479"/>
        <source>Confirm the review in the sheet.</source>
        <translation>Bestätigen Sie die Prüfung im Blatt.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="485"/>
        <source>Review recorded on chain.</source>
        <translation>Prüfung auf der Chain festgehalten.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="506"/>
        <source>Choose the account at the top of the queue.</source>
        <translation>Wählen Sie das Konto oben in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="506"/>
        <source>No node is connected.</source>
        <translation>Kein Knoten ist verbunden.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="511"/>
        <source>Say why the rejection is wrong: the token holders read it before they vote.</source>
        <translation>Sagen Sie, warum die Ablehnung falsch ist: Die Token-Inhaber lesen es, bevor sie abstimmen.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="512"/>
        <source>Say what is wrong with the dataset: the curators read it in the new review.</source>
        <translation>Sagen Sie, was an dem Datensatz falsch ist: Die Kuratoren lesen es in der neuen Prüfung.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="515"/>
        <source>Checking the allowance…</source>
        <translation>Die Freigabe wird geprüft…</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="534"/>
        <source>Step %1 of %2: confirm it in the sheet.</source>
        <translation>Schritt %1 von %2: Bestätigen Sie ihn im Blatt.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="545"/>
        <source>Appealed: the token holders decide by a proposal.</source>
        <translation>Einspruch eingelegt: Die Token-Inhaber entscheiden per Vorschlag.</translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="546"/>
        <source>Challenged: the dataset is back in review for a new round.</source>
        <translation>Angefochten: Der Datensatz ist für eine neue Runde zurück in der Prüfung.</translation>
    </message>
</context>
<context>
    <name>dd::app::ForumDiscussion</name>
    <message>
        <location filename="../app/forum/forumdiscussion.cpp" line="210"/>
        <source>Read from %1 at %2.</source>
        <translation>Von %1 gelesen am %2.</translation>
    </message>
    <message>
        <location filename="../app/forum/forumdiscussion.cpp" line="211"/>
        <source>Saved copy from %1; it may have changed since.</source>
        <translation>Gespeicherte Kopie vom %1; sie kann sich seitdem geändert haben.</translation>
    </message>
    <message>
        <location filename="../app/forum/forumdiscussion.cpp" line="197"/>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
    <message>
        <location filename="../app/forum/forumdiscussion.cpp" line="167"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/forum/forumdiscussion.cpp" line="170"/>
        <source>in reply to %1, post %2</source>
        <translation>Antwort auf %1, Beitrag %2</translation>
    </message>
    <message>
        <location filename="../app/forum/forumdiscussion.cpp" line="171"/>
        <source>an earlier post</source>
        <translation>einen früheren Beitrag</translation>
    </message>
</context>
<context>
    <name>dd::app::GovernanceController</name>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="197"/>
        <source>No votes yet</source>
        <translation>Noch keine Stimmen</translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="245"/>
        <source>Proposal %1 is not in the cache.</source>
        <translation>Vorschlag %1 ist nicht im Cache.</translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="292"/>
        <source>no call (a plain transfer of value)</source>
        <translation>kein Aufruf (eine reine Überweisung)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/governance/governancecontroller.cpp" line="293"/>
        <source>%n byte(s) of calldata that this app cannot decode</source>
        <translation>
            <numerusform>%n Byte Calldata, die diese App nicht dekodieren kann</numerusform>
            <numerusform>%n Bytes Calldata, die diese App nicht dekodieren kann</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="324"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="324"/>
        <location filename="../app/governance/governancecontroller.cpp" line="326"/>
        <location filename="../app/governance/governancecontroller.cpp" line="328"/>
        <location filename="../app/governance/governancecontroller.cpp" line="333"/>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="325"/>
        <source>Voting starts</source>
        <translation>Abstimmung beginnt</translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="327"/>
        <source>Voting ends</source>
        <translation>Abstimmung endet</translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="330"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="331"/>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="332"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="336"/>
        <source>· executable from %1</source>
        <translation>· ausführbar ab %1</translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="357"/>
        <source>It can be executed from %1.</source>
        <translation>Er kann ab %1 ausgeführt werden.</translation>
    </message>
</context>
<context>
    <name>dd::app::GovernanceNotifier</name>
    <message>
        <location filename="../app/governance/governancenotifier.cpp" line="41"/>
        <source>New proposal: %1</source>
        <translation>Neuer Vorschlag: %1</translation>
    </message>
    <message>
        <location filename="../app/governance/governancenotifier.cpp" line="41"/>
        <source>Voting ends soon: %1</source>
        <translation>Abstimmung endet bald: %1</translation>
    </message>
    <message>
        <location filename="../app/governance/governancenotifier.cpp" line="43"/>
        <source>Open DataDAO Desktop to read it and its discussion.</source>
        <translation>Öffnen Sie DataDAO Desktop, um ihn und seine Diskussion zu lesen.</translation>
    </message>
    <message>
        <location filename="../app/governance/governancenotifier.cpp" line="44"/>
        <source>About %1 left, and none of your accounts has voted.</source>
        <translation>Noch etwa %1, und keines Ihrer Konten hat abgestimmt.</translation>
    </message>
</context>
<context>
    <name>dd::app::PinningController</name>
    <message>
        <location filename="../app/settings/pinningcontroller.cpp" line="64"/>
        <source>The endpoint is the service&apos;s API address, such as https://api.pinata.cloud/psa.</source>
        <translation>Der Endpunkt ist die API-Adresse des Dienstes, etwa https://api.pinata.cloud/psa.</translation>
    </message>
    <message>
        <location filename="../app/settings/pinningcontroller.cpp" line="66"/>
        <source>Paste the access token the service gave you.</source>
        <translation>Fügen Sie das Zugriffstoken ein, das der Dienst Ihnen gab.</translation>
    </message>
    <message>
        <location filename="../app/settings/pinningcontroller.cpp" line="69"/>
        <source>Choose the account whose key seals the token.</source>
        <translation>Wählen Sie das Konto, dessen Schlüssel das Token versiegelt.</translation>
    </message>
    <message>
        <location filename="../app/settings/pinningcontroller.cpp" line="72"/>
        <source>Unlock %1 first: the token is sealed with its key.</source>
        <translation>Entsperren Sie zuerst %1: Das Token wird mit seinem Schlüssel versiegelt.</translation>
    </message>
    <message>
        <location filename="../app/settings/pinningcontroller.cpp" line="112"/>
        <source>No pinning service is set up.</source>
        <translation>Kein Pinning-Dienst ist eingerichtet.</translation>
    </message>
    <message>
        <location filename="../app/settings/pinningcontroller.cpp" line="116"/>
        <source>Unlock %1 to use the pinning service: its token is sealed with that account&apos;s key.</source>
        <translation>Entsperren Sie %1, um den Pinning-Dienst zu nutzen: Sein Token ist mit dem Schlüssel dieses Kontos versiegelt.</translation>
    </message>
</context>
<context>
    <name>dd::app::ProposalController</name>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="45"/>
        <location filename="../app/governance/proposalcontroller.cpp" line="82"/>
        <location filename="../app/governance/proposalcontroller.cpp" line="152"/>
        <location filename="../app/governance/proposalcontroller.cpp" line="204"/>
        <source>Open a DAO profile first (Settings).</source>
        <translation>Öffnen Sie zuerst ein DAO-Profil (Einstellungen).</translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="47"/>
        <source>Choose the account that pays the network fee.</source>
        <translation>Wählen Sie das Konto, das die Netzwerkgebühr bezahlt.</translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="54"/>
        <source>The proposals are not read from the chain yet.</source>
        <translation>Die Vorschläge sind noch nicht von der Chain gelesen.</translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="61"/>
        <source>Proposal %1 is not in the cache.</source>
        <translation>Vorschlag %1 ist nicht im Cache.</translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="93"/>
        <source>pay %1 %2 from the treasury to %3</source>
        <translation>%1 %2 aus der Kasse an %3 zahlen</translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="108"/>
        <source>call %1 on %2 with (%3)</source>
        <translation>%1 auf %2 aufrufen mit (%3)</translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="112"/>
        <source>%1, sending %2 ETH</source>
        <translation>%1, mit %2 ETH</translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="121"/>
        <location filename="../app/governance/proposalcontroller.cpp" line="129"/>
        <source>Choose what the action does.</source>
        <translation>Wählen Sie, was die Aktion tut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/governance/proposalcontroller.cpp" line="125"/>
        <source>call %1 with %n byte(s) of calldata</source>
        <translation>
            <numerusform>%1 mit %n Byte Aufrufdaten aufrufen</numerusform>
            <numerusform>%1 mit %n Bytes Aufrufdaten aufrufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="207"/>
        <source>Choose the account that proposes.</source>
        <translation>Wählen Sie das Konto, das den Vorschlag einreicht.</translation>
    </message>
</context>
<context>
    <name>dd::app::ProposalListModel</name>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="30"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="32"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="34"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="36"/>
        <source>Defeated</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="38"/>
        <source>Succeeded</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="40"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="42"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="44"/>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="48"/>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/governance/proposallistmodel.cpp" line="57"/>
        <source>Voting starts in %n block(s) (about %1)</source>
        <translation>
            <numerusform>Abstimmung beginnt in %n Block (etwa %1)</numerusform>
            <numerusform>Abstimmung beginnt in %n Blöcken (etwa %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/governance/proposallistmodel.cpp" line="62"/>
        <source>Voting ends in %n block(s) (about %1)</source>
        <translation>
            <numerusform>Abstimmung endet in %n Block (etwa %1)</numerusform>
            <numerusform>Abstimmung endet in %n Blöcken (etwa %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="66"/>
        <source>Voting ended at block %1</source>
        <translation>Abstimmung endete bei Block %1</translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="104"/>
        <source>Quorum is set when voting starts</source>
        <translation>Das Quorum steht fest, sobald die Abstimmung beginnt</translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="105"/>
        <source>Quorum %1 of %2</source>
        <translation>Quorum %1 von %2</translation>
    </message>
</context>
<context>
    <name>dd::app::TransactionController</name>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="62"/>
        <location filename="../app/transactions/transactioncontroller.cpp" line="77"/>
        <source>Open a DAO profile first (Settings).</source>
        <translation>Öffnen Sie zuerst ein DAO-Profil (Einstellungen).</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="27"/>
        <source>The app is closing.</source>
        <translation>Die App wird beendet.</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="162"/>
        <source>No node is connected.</source>
        <translation>Kein Knoten ist verbunden.</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="112"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="125"/>
        <source>It was sent; the history shows when it is mined.</source>
        <translation>Sie wurde gesendet; der Verlauf zeigt, wann sie gemint ist.</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="165"/>
        <source>Simulating the transaction and estimating its fee…</source>
        <translation>Transaktion wird simuliert und ihre Gebühr geschätzt…</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="173"/>
        <source>your account “%1”</source>
        <translation>Ihr Konto „%1“</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="203"/>
        <source>Reading what the signature covers from the chain…</source>
        <translation>Lese von der Chain, was die Signatur abdeckt…</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="232"/>
        <source>Signing…</source>
        <translation>Signiere …</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="259"/>
        <source>Signing and sending…</source>
        <translation>Signieren und senden …</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="282"/>
        <source>Sent. Waiting for it to be mined…</source>
        <translation>Gesendet. Warten, bis sie gemint ist …</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="295"/>
        <source>Confirmed in block %1.</source>
        <translation>In Block %1 bestätigt.</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="297"/>
        <source>The transaction was mined in block %1 but reverted.</source>
        <translation>Die Transaktion wurde in Block %1 gemint, aber zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="313"/>
        <source>The confirmation was closed before &quot;%1&quot; was sent.</source>
        <translation>Die Bestätigung wurde geschlossen, bevor „%1“ gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>dd::app::TransactionHistoryModel</name>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="72"/>
        <source>Signed, not sent yet</source>
        <translation>Signiert, noch nicht gesendet</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="74"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="76"/>
        <source>Confirmed in block %1</source>
        <translation>In Block %1 bestätigt</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="78"/>
        <source>Reverted in block %1</source>
        <translation>In Block %1 zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="80"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="82"/>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="84"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>dd::app::TransactionTracking</name>
    <message>
        <location filename="../app/transactions/transactiontracking.cpp" line="46"/>
        <source>Pending transactions could not be checked: %1</source>
        <translation>Ausstehende Transaktionen konnten nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>dd::app::TransferQueue</name>
    <message>
        <location filename="../app/transfers/transferqueue.cpp" line="351"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>dd::app::TransferWorker</name>
    <message>
        <location filename="../app/transfers/transferqueue.cpp" line="111"/>
        <source>No gateway is configured for downloads.</source>
        <translation>Für Downloads ist kein Gateway eingerichtet.</translation>
    </message>
</context>
<context>
    <name>dd::app::VoteController</name>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="27"/>
        <source>What you sign</source>
        <translation>Was Sie signieren</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="28"/>
        <source>A vote, not a transaction: nothing is sent and no fee is paid now.</source>
        <translation>Eine Stimme, keine Transaktion: Jetzt wird nichts gesendet und keine Gebühr gezahlt.</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="29"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="30"/>
        <source>Vote</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="31"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="31"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="32"/>
        <source>Voter</source>
        <translation>Stimmberechtigte Adresse</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="33"/>
        <source>Counts</source>
        <translation>Zählt</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="35"/>
        <source>Once, when anyone sends it to the governor while voting is open; a voter votes once.</source>
        <translation>Einmal, wenn jemand sie während der Abstimmung an den Governor sendet; jede Adresse stimmt nur einmal ab.</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="37"/>
        <source>Once, when anyone sends it to the governor while voting is open. Another vote you sign on this governor before this one is sent shares its nonce (%1): only the first one sent counts.</source>
        <translation>Einmal, wenn jemand sie während der Abstimmung an den Governor sendet. Eine weitere Stimme, die Sie auf diesem Governor signieren, bevor diese gesendet ist, teilt ihre Nonce (%1): Nur die zuerst gesendete zählt.</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="41"/>
        <source>Signed for</source>
        <translation>Signiert für</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="42"/>
        <source>%1 at %2 on %3 (chain %4)</source>
        <translation>%1 unter %2 in %3 (Chain %4)</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="45"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="47"/>
        <source>EIP-712 Ballot of GovernorBravo, sent with castVoteBySig</source>
        <translation>EIP-712-Ballot von GovernorBravo, gesendet mit castVoteBySig</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="49"/>
        <source>EIP-712 Ballot, sent with castVoteBySig</source>
        <translation>EIP-712-Ballot, gesendet mit castVoteBySig</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="50"/>
        <source>EIP-712 ExtendedBallot, sent with castVoteWithReasonAndParamsBySig</source>
        <translation>EIP-712-ExtendedBallot, gesendet mit castVoteWithReasonAndParamsBySig</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="87"/>
        <location filename="../app/governance/votecontroller.cpp" line="100"/>
        <source>That is not a proposal and a choice this app can vote with.</source>
        <translation>Das ist kein Vorschlag und keine Wahl, mit der diese App abstimmen kann.</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="102"/>
        <source>No node is connected.</source>
        <translation>Kein Knoten ist verbunden.</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="113"/>
        <source>Sign a vote %1 &quot;%2&quot;</source>
        <translation>Stimme %1 „%2“ signieren</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="130"/>
        <source>Vote signed and kept on this computer; nothing was sent. Send it from Home when an account has ETH for the fee, before voting ends.</source>
        <translation>Stimme signiert und auf diesem Computer gespeichert; nichts wurde gesendet. Senden Sie sie vor Ende der Abstimmung über die Startseite, sobald ein Konto ETH für die Gebühr hat.</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="142"/>
        <source>Open a DAO profile first (Settings).</source>
        <translation>Öffnen Sie zuerst ein DAO-Profil (Einstellungen).</translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="166"/>
        <source>That signed vote was already sent or is not kept any more.</source>
        <translation>Diese signierte Stimme wurde bereits gesendet oder ist nicht mehr gespeichert.</translation>
    </message>
</context>
<context>
    <name>dd::app::VoterCheck</name>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="58"/>
        <location filename="../app/governance/votercheck.cpp" line="91"/>
        <source>Connect to the DAO&apos;s node to check voting power.</source>
        <translation>Verbinden Sie sich mit dem Knoten der DAO, um das Stimmgewicht zu prüfen.</translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="59"/>
        <source>Reading voting power at the snapshot…</source>
        <translation>Stimmkraft zum Stichtag wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="81"/>
        <source>Proposal %1 is not in the cache.</source>
        <translation>Vorschlag %1 ist nicht im Cache.</translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="92"/>
        <source>Reading voting power at the snapshot (block %1)…</source>
        <translation>Stimmgewicht zum Stichtag (Block %1) wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="116"/>
        <source>Voting power at the snapshot (block %1): %2.</source>
        <translation>Stimmgewicht zum Stichtag (Block %1): %2.</translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="119"/>
        <source>This account has already voted on this proposal. A vote cannot be changed.</source>
        <translation>Dieses Konto hat über diesen Vorschlag bereits abgestimmt. Eine Stimme kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="122"/>
        <source>This account had no voting power at the snapshot (block %1): it held no %2 and nobody had delegated votes to it.</source>
        <translation>Dieses Konto hatte zum Stichtag (Block %1) kein Stimmgewicht: Es hielt keine %2, und niemand hatte Stimmen an es delegiert.</translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="128"/>
        <source>This account holds %1 %2 but has 0 votes: tokens count as votes only once they are delegated, to yourself or to someone you trust. Delegating now counts from the next proposal on.</source>
        <translation>Dieses Konto hält %1 %2, hat aber 0 Stimmen: Token zählen erst als Stimmen, wenn sie delegiert sind, an Sie selbst oder an jemanden, dem Sie vertrauen. Eine Delegation jetzt zählt ab dem nächsten Vorschlag.</translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="133"/>
        <source>This account&apos;s votes are delegated to %1, who votes with them. Delegate to yourself to vote directly from the next proposal on.</source>
        <translation>Die Stimmen dieses Kontos sind an %1 delegiert, der mit ihnen abstimmt. Delegieren Sie an sich selbst, um ab dem nächsten Vorschlag direkt abzustimmen.</translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="138"/>
        <source>This account delegated at block %1, after this proposal&apos;s snapshot (block %2), so its votes count from the next proposal on.</source>
        <translation>Dieses Konto hat bei Block %1 delegiert, nach dem Stichtag dieses Vorschlags (Block %2); seine Stimmen zählen daher ab dem nächsten Vorschlag.</translation>
    </message>
</context>
<context>
    <name>dd::app::WalletController</name>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="75"/>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Wählen Sie ein Passwort mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="77"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="103"/>
        <source>Wrong password. Nothing was changed; try again.</source>
        <translation>Falsches Passwort. Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="119"/>
        <source>Encrypting your new wallet…</source>
        <translation>Ihre neue Wallet wird verschlüsselt…</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="129"/>
        <source>Deriving the next account…</source>
        <translation>Nächstes Konto wird abgeleitet…</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="138"/>
        <source>Encrypting the imported key…</source>
        <translation>Importierter Schlüssel wird verschlüsselt…</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="139"/>
        <source>Imported key</source>
        <translation>Importierter Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="148"/>
        <source>Opening the keystore file…</source>
        <translation>Keystore-Datei wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="150"/>
        <source>Imported keystore</source>
        <translation>Importierter Keystore</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="164"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="187"/>
        <source>Renaming…</source>
        <translation>Wird umbenannt…</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="199"/>
        <source>Re-encrypting with the new password…</source>
        <translation>Wird mit dem neuen Passwort neu verschlüsselt…</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="213"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="225"/>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
</context>
</TS>

#!/usr/bin/env python3
"""Fills translations/datadao_de.ts from the German glossary below (run after lupdate), and the
plural forms of translations/datadao_en.ts ("%n voter(s)" -> "%n voter" / "%n voters"; English
needs nothing else, lrelease keeps the source text where a translation is empty).

Keeps the .ts format lupdate writes; a source without an entry here stays unfinished, and
`scripts/translations_de.py --check` fails if any Wallet string is untranslated."""
import re
import sys
from pathlib import Path

DE = {
    # Navigation and pages
    "DataDAO Desktop": "DataDAO Desktop", "DataDAO": "DataDAO", "Home": "Start", "Datasets": "Datensätze",
    "Contribute": "Beitragen", "Curation": "Kuratierung", "Governance": "Governance", "Compute": "Rechenleistung",
    "Wallet": "Wallet", "Settings": "Einstellungen", "Nothing here yet": "Hier ist noch nichts",
    "No wallet yet": "Noch keine Wallet",
    "%n account(s)": ("%n Konto", "%n Konten"),
    "Accounts locked after %n idle minute(s).": ("Konten nach %n inaktiven Minute gesperrt.",
                                                 "Konten nach %n inaktiven Minuten gesperrt."),
    "What needs you: votes closing soon, reviews waiting, jobs to confirm.":
        "Was Sie braucht: bald endende Abstimmungen, wartende Prüfungen, zu bestätigende Jobs.",
    "Start with a wallet": "Beginnen Sie mit einer Wallet",
    "Nothing needs you right now": "Gerade braucht Sie nichts",
    "Your wallet holds the keys that stake, vote and pay in this DAO. Create one or import the one you have.":
        "Ihre Wallet enthält die Schlüssel, mit denen Sie in dieser DAO einsetzen, abstimmen und bezahlen. Erstellen Sie eine oder importieren Sie Ihre vorhandene.",
    "Proposals, reviews and compute jobs will show up here once the app is connected to the DAO.":
        "Vorschläge, Prüfungen und Rechenjobs erscheinen hier, sobald die App mit der DAO verbunden ist.",
    "Set up a wallet": "Wallet einrichten", "Open wallet": "Wallet öffnen",
    "Browse, search and preview the DAO's datasets and models, buy access with tokens, and download them verified against their content address (CID).":
        "Datensätze und Modelle der DAO durchsuchen und ansehen, Zugang mit Token kaufen und sie geprüft gegen ihre Inhaltsadresse (CID) herunterladen.",
    "This section arrives with the dataset registry. Until then there is nothing to browse.":
        "Dieser Bereich kommt mit dem Datensatz-Register. Bis dahin gibt es nichts zu durchsuchen.",
    "Drop files or a folder here: the app inspects the data, writes its metadata, content-addresses it, uploads it to storage and registers it on chain with a stake.":
        "Dateien oder einen Ordner hier ablegen: Die App prüft die Daten, schreibt ihre Metadaten, adressiert sie nach Inhalt, lädt sie in den Speicher hoch und registriert sie mit einem Einsatz auf der Chain.",
    "Contributing needs the dataset registry and storage, which come in a later release.":
        "Beiträge brauchen das Datensatz-Register und den Speicher; sie kommen in einer späteren Version.",
    "Curators work through the review queue here: an automatic quality report first, then approve or reject on chain with a written reason.":
        "Kuratoren bearbeiten hier die Prüfwarteschlange: zuerst ein automatischer Qualitätsbericht, dann Annahme oder Ablehnung auf der Chain mit schriftlicher Begründung.",
    "No review queue yet: curation arrives with the dataset registry.":
        "Noch keine Prüfwarteschlange: Die Kuratierung kommt mit dem Datensatz-Register.",
    "Read proposals with their forum discussion, vote for, against or abstain with a reason, delegate your votes, propose, queue and execute.":
        "Vorschläge mit ihrer Forumsdiskussion lesen, mit Begründung dafür, dagegen oder mit Enthaltung stimmen, Stimmen delegieren, vorschlagen, einreihen und ausführen.",
    "Governance appears once the app is connected to the DAO's chain.":
        "Die Governance erscheint, sobald die App mit der Chain der DAO verbunden ist.",
    "Rent compute over the DAO's data with tokens held in escrow, or offer a machine as a provider and earn tokens running jobs.":
        "Rechenleistung über die Daten der DAO mieten, bezahlt aus einem Treuhandkonto, oder als Anbieter eine Maschine bereitstellen und mit Jobs Token verdienen.",
    "The compute market is not connected yet.": "Der Rechenmarkt ist noch nicht verbunden.",
    # Settings
    "Appearance, language and how the wallet protects your keys.":
        "Darstellung, Sprache und wie die Wallet Ihre Schlüssel schützt.",
    "Theme": "Design", "Light": "Hell", "Dark": "Dunkel", "Language": "Sprache",
    "Lock the wallet after": "Wallet sperren nach", "never (not recommended)": "nie (nicht empfohlen)",
    "idle minutes": "inaktiven Minuten", "Data folder": "Datenordner",
    # Wallet page
    "Your keys stay on this computer, encrypted with your password. Unlocked keys are wiped from memory when you lock or step away.":
        "Ihre Schlüssel bleiben auf diesem Computer, verschlüsselt mit Ihrem Passwort. Entsperrte Schlüssel werden aus dem Speicher gelöscht, wenn Sie sperren oder sich entfernen.",
    "Lock all": "Alle sperren", "Import…": "Importieren…", "Create wallet…": "Wallet erstellen…",
    "No accounts yet": "Noch keine Konten",
    "Create a new wallet with a recovery phrase, or import one you already have: a recovery phrase, a private key, or a keystore file from geth, Foundry or MetaMask. You can also drop a keystore file onto this window.":
        "Erstellen Sie eine neue Wallet mit einer Wiederherstellungsphrase oder importieren Sie eine vorhandene: eine Wiederherstellungsphrase, einen privaten Schlüssel oder eine Keystore-Datei aus geth, Foundry oder MetaMask. Sie können eine Keystore-Datei auch auf dieses Fenster ziehen.",
    "Create a new wallet": "Neue Wallet erstellen", "Import a wallet": "Wallet importieren",
    "Choose a folder for the keystore file": "Ordner für die Keystore-Datei wählen",
    "Keystore saved to %1. It is encrypted with this account's password.":
        "Keystore unter %1 gespeichert. Er ist mit dem Passwort dieses Kontos verschlüsselt.",
    "Account %1 removed from this computer.": "Konto %1 von diesem Computer entfernt.",
    "Password changed.": "Passwort geändert.",
    # Account card
    "Recovery phrase · %1": "Wiederherstellungsphrase · %1", "Imported keystore file": "Importierte Keystore-Datei",
    "Imported private key": "Importierter privater Schlüssel", "Account %1, %2": "Konto %1, %2",
    "unlocked": "entsperrt", "locked": "gesperrt", "Unlocked": "Entsperrt", "Locked": "Gesperrt",
    "Lock": "Sperren", "Unlock": "Entsperren", "More…": "Mehr…", "More actions for %1": "Weitere Aktionen für %1",
    "Rename…": "Umbenennen…", "Change password…": "Passwort ändern…",
    "Add next account from this phrase…": "Nächstes Konto aus dieser Phrase hinzufügen…",
    "Export keystore file…": "Keystore-Datei exportieren…", "Remove from this computer…": "Von diesem Computer entfernen…",
    "Address %1": "Adresse %1", "Copy": "Kopieren", "Copied": "Kopiert",
    "Hide": "Verbergen", "Show": "Zeigen", "Hide password": "Passwort verbergen", "Show password": "Passwort zeigen",
    "Drop a keystore file to import it": "Keystore-Datei ablegen, um sie zu importieren",
    # Dialogs
    "OK": "OK", "Cancel": "Abbrechen", "Back": "Zurück", "Password": "Passwort", "Repeat password": "Passwort wiederholen",
    "Account name": "Kontoname", "Account name (optional)": "Kontoname (optional)",
    "Create a new wallet": "Neue Wallet erstellen", "Main account": "Hauptkonto",
    "Word %1 does not match your recovery phrase. Go back and check what you wrote down.":
        "Wort %1 passt nicht zu Ihrer Wiederherstellungsphrase. Gehen Sie zurück und prüfen Sie Ihre Notiz.",
    "Wallet created. Account %1 is unlocked.": "Wallet erstellt. Konto %1 ist entsperrt.",
    "Step %1 of 4": "Schritt %1 von 4",
    "Your wallet starts from a recovery phrase: a list of words that can restore every account in it. Anyone who sees the phrase can take your tokens; if you lose it and your password, nobody can recover them.":
        "Ihre Wallet beginnt mit einer Wiederherstellungsphrase: einer Liste von Wörtern, die jedes Konto darin wiederherstellen kann. Wer die Phrase sieht, kann Ihre Token nehmen; verlieren Sie sie und Ihr Passwort, kann niemand sie zurückholen.",
    "12 words": "12 Wörter", "24 words": "24 Wörter",
    "Write these words on paper, in order, and keep them offline. They are shown only now; the app will ask for three of them next.":
        "Schreiben Sie diese Wörter der Reihe nach auf Papier und bewahren Sie sie offline auf. Sie werden nur jetzt angezeigt; als Nächstes fragt die App drei davon ab.",
    "Enter these words from your recovery phrase to show that you have a backup.":
        "Geben Sie diese Wörter Ihrer Wiederherstellungsphrase ein, um zu zeigen, dass Sie eine Sicherung haben.",
    "Word %1": "Wort %1", "Word #%1": "Wort Nr. %1",
    "Password (at least 8 characters). It encrypts the keys on this computer; the recovery phrase restores them anywhere.":
        "Passwort (mindestens 8 Zeichen). Es verschlüsselt die Schlüssel auf diesem Computer; die Wiederherstellungsphrase stellt sie überall wieder her.",
    "Show recovery phrase": "Wiederherstellungsphrase zeigen", "I wrote it down": "Ich habe sie notiert",
    "Check": "Prüfen", "Create wallet": "Wallet erstellen",
    "Import a wallet": "Wallet importieren",
    "Choose a keystore file first, or drop one on the window.": "Wählen Sie zuerst eine Keystore-Datei oder ziehen Sie eine auf das Fenster.",
    "Imported %1. The account is unlocked.": "%1 importiert. Das Konto ist entsperrt.",
    "Choose a keystore file": "Keystore-Datei wählen", "Keystore files (*.json UTC--*)": "Keystore-Dateien (*.json UTC--*)",
    "All files (*)": "Alle Dateien (*)", "Recovery phrase": "Wiederherstellungsphrase", "Private key": "Privater Schlüssel",
    "Keystore file": "Keystore-Datei", "Recovery phrase (12 to 24 words)": "Wiederherstellungsphrase (12 bis 24 Wörter)",
    "word1 word2 word3 …": "wort1 wort2 wort3 …",
    "BIP-39 passphrase, if you set one (optional)": "BIP-39-Passphrase, falls Sie eine gesetzt haben (optional)",
    "Private key (64 hex digits)": "Privater Schlüssel (64 Hex-Ziffern)", "0x…": "0x…",
    "No file chosen. Choose one, or drop it on the window.": "Keine Datei gewählt. Wählen Sie eine oder ziehen Sie sie auf das Fenster.",
    "Choose file…": "Datei wählen…", "The keystore file's password": "Das Passwort der Keystore-Datei",
    "The file is kept as it is, so it keeps its own password. Files from geth, Foundry (cast) and MetaMask exports work.":
        "Die Datei wird unverändert übernommen und behält ihr eigenes Passwort. Dateien aus geth, Foundry (cast) und MetaMask-Exporten funktionieren.",
    "New password for this computer (at least 8 characters)": "Neues Passwort für diesen Computer (mindestens 8 Zeichen)",
    "Import": "Importieren",
    "Unlock %1": "%1 entsperren", "Rename": "Umbenennen", "Rename account": "Konto umbenennen",
    "Change password": "Passwort ändern", "Change the password of %1": "Passwort von %1 ändern",
    "Current password": "Aktuelles Passwort", "New password (at least 8 characters)": "Neues Passwort (mindestens 8 Zeichen)",
    "Repeat new password": "Neues Passwort wiederholen",
    "Remove": "Entfernen", "Remove %1?": "%1 entfernen?",
    "The encrypted key of %1 will be deleted from this computer. Tokens stay on chain, but only your recovery phrase or an exported keystore file can bring the account back.":
        "Der verschlüsselte Schlüssel von %1 wird von diesem Computer gelöscht. Die Token bleiben auf der Chain, aber nur Ihre Wiederherstellungsphrase oder eine exportierte Keystore-Datei bringt das Konto zurück.",
    "I have a backup of this account": "Ich habe eine Sicherung dieses Kontos",
    "Add account": "Konto hinzufügen", "Add the next account": "Nächstes Konto hinzufügen",
    "New account added and unlocked.": "Neues Konto hinzugefügt und entsperrt.",
    "The next account comes from the same recovery phrase as %1 and uses the password you set when you created it.":
        "Das nächste Konto stammt aus derselben Wiederherstellungsphrase wie %1 und nutzt das Passwort, das Sie beim Erstellen gesetzt haben.",
    # Controller
    "Choose a password of at least 8 characters.": "Wählen Sie ein Passwort mit mindestens 8 Zeichen.",
    "The two passwords differ.": "Die beiden Passwörter unterscheiden sich.",
    "Wrong password. Nothing was changed; try again.": "Falsches Passwort. Nichts wurde geändert; versuchen Sie es erneut.",
    "Encrypting your new wallet…": "Ihre neue Wallet wird verschlüsselt…", "Deriving the next account…": "Nächstes Konto wird abgeleitet…",
    "Encrypting the imported key…": "Importierter Schlüssel wird verschlüsselt…", "Opening the keystore file…": "Keystore-Datei wird geöffnet…",
    "Unlocking…": "Wird entsperrt…", "Renaming…": "Wird umbenannt…",
    "Re-encrypting with the new password…": "Wird mit dem neuen Passwort neu verschlüsselt…",
    "Exporting…": "Wird exportiert…", "Removing…": "Wird entfernt…",
    "Imported key": "Importierter Schlüssel", "Imported keystore": "Importierter Keystore",
    "%1 %2 · %3 ETH · voting power %4 · %5": "%1 %2 · %3 ETH · Stimmkraft %4 · %5",
    "not delegated: delegate to vote": "nicht delegiert: zum Abstimmen delegieren",
    "delegated to self": "an sich selbst delegiert", "delegated to %1": "an %1 delegiert",
    "Network and DAO": "Netzwerk und DAO",
    "No DAO profile is open. Open a profile file, or start the local devnet with `datadao-cli devnet up`.":
        "Kein DAO-Profil ist geöffnet. Öffnen Sie eine Profildatei oder starten Sie das lokale Devnet mit `datadao-cli devnet up`.",
    "DAO": "DAO", "Chain id": "Chain-ID", "Nodes": "Knoten", "Status": "Status", "Governor": "Governor",
    "Token": "Token", "Timelock (treasury)": "Timelock (Schatzkammer)", "Profile file": "Profildatei",
    "Open DAO profile…": "DAO-Profil öffnen…", "Open a DAO profile": "Ein DAO-Profil öffnen",
    "DAO profiles (*.json)": "DAO-Profile (*.json)", "No DAO profile is open.": "Kein DAO-Profil ist geöffnet.",
    "Connecting to %1…": "Verbinde mit %1…", "Wrong network: %1": "Falsches Netzwerk: %1",
    "The node does not answer: %1": "Der Knoten antwortet nicht: %1", "%1 · block %2": "%1 · Block %2",
    "Send %1…": "%1 senden…", "tokens": "Token", "Delegate votes…": "Stimmen delegieren…",
    "Transaction confirmed": "Transaktion bestätigt", "Transaction not sent": "Transaktion nicht gesendet",
    "Confirm transaction": "Transaktion bestätigen", "Close": "Schließen", "Sign and send": "Signieren und senden",
    "Review…": "Prüfen…", "Delegate the votes of %1": "Die Stimmen von %1 delegieren",
    "Tokens only count as votes once they are delegated. Your tokens stay yours; you can change the delegate at any time.":
        "Token zählen erst als Stimmen, wenn sie delegiert sind. Ihre Token bleiben Ihre; Sie können die Delegation jederzeit ändern.",
    "To myself": "An mich selbst", "To another address": "An eine andere Adresse",
    "Send %1 from %2": "%1 von %2 senden", "Enter an amount above zero.": "Geben Sie einen Betrag über null ein.",
    "Recipient address": "Empfängeradresse", "Amount (%1)": "Betrag (%1)",
    "Open a DAO profile first (Settings).": "Öffnen Sie zuerst ein DAO-Profil (Einstellungen).",
    "Send %1 %2 to %3": "%1 %2 an %3 senden",
    "Delegate your voting power to yourself": "Ihre Stimmkraft an sich selbst delegieren",
    "Delegate your voting power to %1": "Ihre Stimmkraft an %1 delegieren",
    "No node is connected.": "Kein Knoten ist verbunden.",
    "Simulating the transaction and estimating its fee…": "Transaktion wird simuliert und ihre Gebühr geschätzt…",
    "Signing, sending and waiting for the receipt…": "Signieren, senden und auf die Quittung warten…",
    "Confirmed in block %1.": "In Block %1 bestätigt.",
    "Add a DAO by its node and governor": "Eine DAO über ihren Knoten und Governor hinzufügen",
    "Node URLs, comma-separated (https://…)": "Knoten-URLs, durch Kommas getrennt (https://…)",
    "Governor address 0x…": "Governor-Adresse 0x…", "Governor address": "Governor-Adresse", "Add": "Hinzufügen",
    "\"%1\" is not an http(s) URL of a node.": "„%1“ ist keine http(s)-URL eines Knotens.",
    "Enter the URL of at least one node.": "Geben Sie die URL mindestens eines Knotens ein.",
    "Cannot read %1: %2": "%1 kann nicht gelesen werden: %2",
    "%1 is too large to be a keystore file.": "%1 ist zu groß für eine Keystore-Datei.",
    # Transaction history and the sheet's details (from core)
    "No transactions yet": "Noch keine Transaktionen",
    "Transactions you sign in this app appear here with their status, and stay here after a restart. Pending ones are followed until they are mined; one the network dropped is sent again.":
        "Transaktionen, die Sie in dieser App signieren, erscheinen hier mit ihrem Status und bleiben nach einem Neustart erhalten. Ausstehende werden verfolgt, bis sie gemint sind; eine vom Netzwerk verworfene wird erneut gesendet.",
    "%1 · nonce %2": "%1 · Nonce %2",
    "Network": "Netzwerk", "From": "Von", "Contract": "Vertrag", "new contract": "neuer Vertrag",
    "Function": "Funktion", "Data": "Daten", "%1 bytes, not decoded": "%1 Bytes, nicht dekodiert",
    "Value": "Betrag", "Max network fee": "Max. Netzwerkgebühr", "Nonce": "Nonce",
    "This account holds %1 %3 but the transaction needs up to %2 %3 (value plus the maximum network fee). Add %3 to the account before signing.":
        "Dieses Konto hält %1 %3, die Transaktion braucht aber bis zu %2 %3 (Betrag plus maximale Netzwerkgebühr). Laden Sie %3 auf das Konto, bevor Sie signieren.",
    "Accounts": "Konten", "Transactions (%1 pending)": "Transaktionen (%1 ausstehend)",
    "Transactions": "Transaktionen", "Signing and sending…": "Signieren und senden …",
    "Sent. Waiting for it to be mined…": "Gesendet. Warten, bis sie gemint ist …",
    "Signed, not sent yet": "Signiert, noch nicht gesendet", "Pending": "Ausstehend",
    "Confirmed in block %1": "In Block %1 bestätigt", "Reverted in block %1": "In Block %1 zurückgesetzt",
    "Not sent": "Nicht gesendet", "Replaced": "Ersetzt", "Dropped": "Verworfen",
    "Pending transactions could not be checked: %1": "Ausstehende Transaktionen konnten nicht geprüft werden: %1",
    "Mined in block %1": "In Block %1 gemint", "Mined but reverted in block %1": "In Block %1 gemint, aber zurückgesetzt",
    "Waiting to be mined": "Wartet darauf, gemint zu werden",
    "Another transaction with nonce %1 from this account was mined instead.":
        "Stattdessen wurde eine andere Transaktion dieses Kontos mit Nonce %1 gemint.",
    "The node dropped it and refuses it again: %1": "Der Knoten hat sie verworfen und lehnt sie erneut ab: %1",
    "Sent (it had been signed but not sent)": "Gesendet (sie war signiert, aber nicht gesendet)",
    "Sent again (the node had dropped it)": "Erneut gesendet (der Knoten hatte sie verworfen)",
    # Governance
    "%n s": ("%n s", "%n s"), "%n min": ("%n min", "%n min"), "%n h": ("%n h", "%n h"),
    "%1 h %2 min": "%1 h %2 min", "%n day(s)": ("%n Tag", "%n Tage"),
    "Proposals of %1, read from the chain and kept on this computer.":
        "Vorschläge von %1, von der Chain gelesen und auf diesem Computer gespeichert.",
    "the DAO": "der DAO", "Active": "Aktiv", "Mine": "Meine", "All": "Alle",
    "Search proposals by title or id": "Vorschläge nach Titel oder ID suchen",
    "No DAO is open": "Keine DAO geöffnet", "No proposals yet": "Noch keine Vorschläge",
    "No proposal matches": "Kein Vorschlag passt",
    "Open a DAO profile or add a DAO in Settings to see its proposals.":
        "Öffnen Sie ein DAO-Profil oder fügen Sie in den Einstellungen eine DAO hinzu, um ihre Vorschläge zu sehen.",
    "Proposals appear here as soon as the chain has them. The app reads them in the background.":
        "Vorschläge erscheinen hier, sobald die Chain sie hat. Die App liest sie im Hintergrund.",
    "Try another filter or search.": "Versuchen Sie einen anderen Filter oder eine andere Suche.",
    "You voted": "Sie haben abgestimmt", "For %1": "Dafür %1", "Against %1": "Dagegen %1",
    "Abstain %1": "Enthaltung %1", "%n voter(s)": ("%n Stimme", "%n Stimmen"),
    "‹ All proposals": "‹ Alle Vorschläge", "Proposed by %1": "Vorgeschlagen von %1", "Quorum %1": "Quorum %1",
    "This proposal has no description beyond its title.": "Dieser Vorschlag hat keine Beschreibung außer seinem Titel.",
    "Actions": "Aktionen", "No on-chain actions: this proposal is a signal vote.":
        "Keine On-Chain-Aktionen: Dieser Vorschlag ist eine Meinungsabstimmung.",
    "%1. %2": "%1. %2", "on %1": "auf %1", "Value sent: %1": "Gesendeter Betrag: %1", "Timeline": "Verlauf",
    "Votes (%1)": "Stimmen (%1)", "No votes yet.": "Noch keine Stimmen.", "For": "Dafür", "Against": "Dagegen",
    "Abstain": "Enthaltung", "Proposal %1 is not in the cache.": "Vorschlag %1 ist nicht im Cache.",
    "no call (a plain transfer of value)": "kein Aufruf (eine reine Überweisung)",
    "%n byte(s) of calldata that this app cannot decode": ("%n Byte Calldata, die diese App nicht dekodieren kann",
                                                          "%n Bytes Calldata, die diese App nicht dekodieren kann"),
    "Proposed": "Vorgeschlagen", "block %1": "Block %1", "Voting starts": "Abstimmung beginnt",
    "Voting ends": "Abstimmung endet", "Queued": "In Warteschlange", "Executed": "Ausgeführt",
    "Canceled": "Abgebrochen", "· executable from %1": "· ausführbar ab %1",
    "Reading the chain: block %1 of %2": "Chain wird gelesen: Block %1 von %2",
    "Governance sync failed: %1": "Governance-Synchronisierung fehlgeschlagen: %1",
    "Up to date at block %1 (after a chain reorganisation)": "Aktuell bei Block %1 (nach einer Reorganisation der Chain)",
    "Up to date at block %1": "Aktuell bei Block %1", "Defeated": "Abgelehnt", "Succeeded": "Angenommen",
    "Expired": "Abgelaufen", "Reading…": "Wird gelesen …",
    "Voting starts in %n block(s) (about %1)": ("Abstimmung beginnt in %n Block (etwa %1)",
                                                "Abstimmung beginnt in %n Blöcken (etwa %1)"),
    "Voting ends in %n block(s) (about %1)": ("Abstimmung endet in %n Block (etwa %1)",
                                              "Abstimmung endet in %n Blöcken (etwa %1)"),
    "Voting ended at block %1": "Abstimmung endete bei Block %1",
    "Quorum is set when voting starts": "Das Quorum steht fest, sobald die Abstimmung beginnt",
    "Quorum %1 of %2": "Quorum %1 von %2",
    # Voting
    "Vote…": "Abstimmen …", "Vote on “%1”": "Abstimmen über „%1“", "Account": "Konto",
    "Delegate to myself…": "An mich selbst delegieren …",
    "Reason (optional): stored on chain with your vote, for everyone to read":
        "Begründung (optional): wird mit Ihrer Stimme auf der Chain gespeichert, für alle lesbar",
    "Connect to the DAO's node to check voting power.": "Verbinden Sie sich mit dem Knoten der DAO, um das Stimmgewicht zu prüfen.",
    "Reading voting power at the snapshot (block %1)…": "Stimmgewicht zum Stichtag (Block %1) wird gelesen …",
    "The node did not answer about voting power: %1": "Der Knoten hat nicht zum Stimmgewicht geantwortet: %1",
    "a call failed": "ein Aufruf ist fehlgeschlagen",
    "Voting power at the snapshot (block %1): %2.": "Stimmgewicht zum Stichtag (Block %1): %2.",
    "This account has already voted on this proposal. A vote cannot be changed.":
        "Dieses Konto hat über diesen Vorschlag bereits abgestimmt. Eine Stimme kann nicht geändert werden.",
    "This account had no voting power at the snapshot (block %1): it held no %2 and nobody had delegated votes to it.":
        "Dieses Konto hatte zum Stichtag (Block %1) kein Stimmgewicht: Es hielt keine %2, und niemand hatte Stimmen an es delegiert.",
    "This account holds %1 %2 but has 0 votes: tokens count as votes only once they are delegated, to yourself or to someone you trust. Delegating now counts from the next proposal on.":
        "Dieses Konto hält %1 %2, hat aber 0 Stimmen: Token zählen erst als Stimmen, wenn sie delegiert sind, an Sie selbst oder an jemanden, dem Sie vertrauen. Eine Delegation jetzt zählt ab dem nächsten Vorschlag.",
    "This account's votes are delegated to %1, who votes with them. Delegate to yourself to vote directly from the next proposal on.":
        "Die Stimmen dieses Kontos sind an %1 delegiert, der mit ihnen abstimmt. Delegieren Sie an sich selbst, um ab dem nächsten Vorschlag direkt abzustimmen.",
    "This account delegated at block %1, after this proposal's snapshot (block %2), so its votes count from the next proposal on.":
        "Dieses Konto hat bei Block %1 delegiert, nach dem Stichtag dieses Vorschlags (Block %2); seine Stimmen zählen daher ab dem nächsten Vorschlag.",
    "That is not a proposal and a choice this app can vote with.":
        "Das ist kein Vorschlag und keine Wahl, mit der diese App abstimmen kann.",
    "for": "dafür", "against": "dagegen", "abstain on": "Enthaltung zu",
    "Vote %1 \"%2\"": "Abstimmung %1: „%2“",
    # Queue and execute
    "Queue in the timelock": "In die Timelock-Warteschlange stellen", "Execute the proposal": "Vorschlag ausführen",
    "The proposal passed. Queuing hands its actions to the timelock, which lets them run after its delay. Any member can send this.":
        "Der Vorschlag wurde angenommen. Das Einreihen übergibt seine Aktionen an das Timelock, das sie nach seiner Wartezeit ausführen lässt. Jedes Mitglied kann das senden.",
    "The timelock's delay has passed. Executing runs the proposal's actions from the treasury. Any member can send this.":
        "Die Wartezeit des Timelocks ist vorbei. Das Ausführen führt die Aktionen des Vorschlags aus der Kasse aus. Jedes Mitglied kann das senden.",
    "Account that pays the network fee": "Konto, das die Netzwerkgebühr zahlt", "Queue…": "Einreihen …",
    "Execute…": "Ausführen …", "It can be executed from %1.": "Er kann ab %1 ausgeführt werden.",
    "Queue \"%1\" in the timelock": "„%1“ in die Timelock-Warteschlange stellen",
    "Execute \"%1\"": "„%1“ ausführen",
    # Home
    "Votes waiting for you": "Abstimmungen, die auf Sie warten", "Open": "Öffnen",
    "%n transaction(s) waiting to be mined": ("%n Transaktion wartet darauf, gemint zu werden",
                                              "%n Transaktionen warten darauf, gemint zu werden"),
    "No open vote is waiting for your accounts and no transaction is pending. Reviews and compute jobs will show up here when those sections arrive.":
        "Keine offene Abstimmung wartet auf Ihre Konten und keine Transaktion ist ausstehend. Prüfungen und Rechenjobs erscheinen hier, sobald diese Bereiche kommen.",
    # Cache
    "Rebuild the cache": "Cache neu aufbauen",
    "Deletes what this app read from the chain for this DAO and reads it again. Your transactions and keys are not touched.":
        "Löscht, was diese App für diese DAO von der Chain gelesen hat, und liest es neu. Ihre Transaktionen und Schlüssel bleiben unberührt.",
    "Rebuilding the cache from the chain…": "Cache wird aus der Chain neu aufgebaut …",
    # Delegates
    "Delegate your votes": "Ihre Stimmen delegieren",
    "The votes of the account below go to %1, who then votes with them. Your tokens stay yours, and you can delegate elsewhere at any time.":
        "Die Stimmen des Kontos unten gehen an %1, der dann mit ihnen abstimmt. Ihre Token bleiben Ihre, und Sie können jederzeit anders delegieren.",
    "Delegates": "Delegierte",
    "Who votes with the DAO's tokens, strongest first, and how they voted recently.":
        "Wer mit den Token der DAO abstimmt, die Stärksten zuerst, und wie sie zuletzt abgestimmt haben.",
    "Delegating to you: %1": "Delegieren an Sie: %1", "No delegates yet": "Noch keine Delegierten",
    "Delegates appear once token holders delegate their votes.":
        "Delegierte erscheinen, sobald Tokenhalter ihre Stimmen delegieren.",
    "Delegate…": "Delegieren …",
    "%1 · %n delegator(s)": ("%1 · %n Delegierender", "%1 · %n Delegierende"), "No votes yet": "Noch keine Stimmen",
    # Propose
    "New proposal…": "Neuer Vorschlag …", "New proposal": "Neuer Vorschlag", "Proposer": "Vorschlagende:r",
    "Title (one line)": "Titel (eine Zeile)", "Write": "Schreiben", "Preview": "Vorschau",
    "What and why, in markdown: lists, **bold**, links to the forum discussion…":
        "Was und warum, in Markdown: Listen, **fett**, Links zur Forumsdiskussion …",
    "Nothing to preview yet.": "Noch nichts für die Vorschau.",
    "Text only (a signal vote, nothing is executed)": "Nur Text (eine Meinungsabstimmung, nichts wird ausgeführt)",
    "Pay %1 from the treasury": "%1 aus der Kasse zahlen", "Recipient 0x…": "Empfänger 0x…",
    "Amount in %1": "Betrag in %1", "Give the proposal a title.": "Geben Sie dem Vorschlag einen Titel.",
    "The title is one line.": "Der Titel ist eine Zeile.", "Propose \"%1\"": "„%1“ vorschlagen",
    "Propose \"%1\": pay %2 %3 from the treasury to %4": "„%1“ vorschlagen: %2 %3 aus der Kasse an %4 zahlen",
    "Discussion": "Diskussion",
    "Refresh": "Aktualisieren",
    "Open in browser": "Im Browser öffnen",
    "On %1": "Auf %1",
    "This proposal links a discussion on %1. The app contacts a forum only after you allow it, since anyone can write a proposal and the forum sees your address when you read it.": "Dieser Vorschlag verweist auf eine Diskussion auf %1. Die App kontaktiert ein Forum erst, wenn Sie es erlauben, denn jeder kann einen Vorschlag schreiben und das Forum sieht beim Lesen Ihre Adresse.",
    "Read discussions from %1": "Diskussionen von %1 lesen",
    "Reading the discussion…": "Diskussion wird gelesen …",
    "%1 The saved copy is shown.": "%1 Die gespeicherte Kopie wird angezeigt.",
    "%n image(s) not loaded.": ("%n Bild nicht geladen.", "%n Bilder nicht geladen."),
    "Show images from %1": "Bilder von %1 anzeigen",
    "Open this link?": "Diesen Link öffnen?",
    "It opens in your web browser, at %1:": "Er öffnet sich in Ihrem Webbrowser, auf %1:",
    "It opens in the program your system uses for it:": "Er öffnet sich in dem Programm, das Ihr System dafür verwendet:",
    "Read from %1 at %2.": "Von %1 gelesen am %2.",
    "Saved copy from %1; it may have changed since.": "Gespeicherte Kopie vom %1; sie kann sich seitdem geändert haben.",
    "[image: %1]": "[Bild: %1]",
    "%1 (%2)": "%1 (%2)",
    "in reply to %1, post %2": "Antwort auf %1, Beitrag %2",
    "an earlier post": "einen früheren Beitrag",
    "Vote signed": "Stimme signiert",
    "Nothing signed": "Nichts signiert",
    "Confirm signature": "Signatur bestätigen",
    "Sign": "Signieren",
    "Signed votes to send": "Signierte Stimmen zum Senden",
    "%1: %2": "%1: %2",
    "Signed by %1 on %2; counts once sent, before voting ends": "Signiert von %1 am %2; zählt, sobald sie vor Ende der Abstimmung gesendet wird",
    "Send…": "Senden …",
    "Send a signed vote": "Signierte Stimme senden",
    "%1 on “%2”, signed by %3. Sending it casts that vote; the account below only pays the network fee.": "%1 zu „%2“, signiert von %3. Das Senden gibt diese Stimme ab; das Konto unten zahlt nur die Netzwerkgebühr.",
    "Sign now, send later (no fee now)": "Jetzt signieren, später senden (jetzt keine Gebühr)",
    "Your vote is signed and kept on this computer. It counts once it is sent, by you from another account or by anyone you give it to, while voting is open.": "Ihre Stimme wird signiert und auf diesem Computer aufbewahrt. Sie zählt, sobald sie gesendet wird – von Ihnen über ein anderes Konto oder von jemandem, dem Sie sie geben –, solange die Abstimmung läuft.",
    "Sign a vote %1 \"%2\"": "Stimme %1 „%2“ signieren",
    "Reading how the governor checks signed votes…": "Lese, wie der Governor signierte Stimmen prüft …",
    "What you sign": "Was Sie signieren",
    "A vote, not a transaction: nothing is sent and no fee is paid now.": "Eine Stimme, keine Transaktion: Jetzt wird nichts gesendet und keine Gebühr gezahlt.",
    "Proposal": "Vorschlag",
    "Vote": "Stimme",
    "Reason": "Begründung",
    "(none)": "(keine)",
    "Voter": "Stimmberechtigte Adresse",
    "Counts": "Zählt",
    "Once, when anyone sends it to the governor while voting is open. Another vote you sign on this governor before this one is sent shares its nonce (%1): only the first one sent counts.": "Einmal, wenn jemand sie während der Abstimmung an den Governor sendet. Eine weitere Stimme, die Sie auf diesem Governor signieren, bevor diese gesendet ist, teilt ihre Nonce (%1): Nur die zuerst gesendete zählt.",
    "Signed for": "Signiert für",
    "%1 at %2 on %3 (chain %4)": "%1 unter %2 in %3 (Chain %4)",
    "Format": "Format",
    "EIP-712 Ballot, sent with castVoteBySig": "EIP-712-Ballot, gesendet mit castVoteBySig",
    "EIP-712 ExtendedBallot, sent with castVoteWithReasonAndParamsBySig": "EIP-712-ExtendedBallot, gesendet mit castVoteWithReasonAndParamsBySig",
    "Send the signed vote of %1: %2 \"%3\"": "Signierte Stimme von %1 senden: %2 „%3“",
    "That signed vote was already sent or is not kept any more.": "Diese signierte Stimme wurde bereits gesendet oder ist nicht mehr gespeichert.",
    "Signing…": "Signiere …",
    "Vote signed and kept on this computer; nothing was sent. Send it from Home when an account has ETH for the fee, before voting ends.": "Stimme signiert und auf diesem Computer gespeichert; nichts wurde gesendet. Senden Sie sie vor Ende der Abstimmung über die Startseite, sobald ein Konto ETH für die Gebühr hat.",
    "Cancel the proposal": "Vorschlag zurückziehen",
    "Voting has not started yet, so you can withdraw your proposal. It stays on chain as canceled and can never be voted on or executed.": "Die Abstimmung hat noch nicht begonnen, daher können Sie Ihren Vorschlag zurückziehen. Er bleibt als zurückgezogen auf der Chain und kann nie abgestimmt oder ausgeführt werden.",
    "Cancel proposal…": "Vorschlag zurückziehen …",
    "None yet: without actions this is a text-only signal vote, and nothing is executed.": "Noch keine: Ohne Aktionen ist dies eine reine Meinungsabstimmung, und nichts wird ausgeführt.",
    "Contract 0x…": "Vertrag 0x…",
    "ETH sent (optional)": "Gesendete ETH (optional)",
    "Function, e.g. grantRole(bytes32,address)": "Funktion, z. B. grantRole(bytes32,address)",
    "Arguments, one per line (arrays as [a,b])": "Argumente, eines pro Zeile (Arrays als [a,b])",
    "Add action": "Aktion hinzufügen",
    "Call a contract": "Einen Vertrag aufrufen",
    "Cancel your proposal \"%1\"": "Ihren Vorschlag „%1“ zurückziehen",
    "pay %1 %2 from the treasury to %3": "%1 %2 aus der Kasse an %3 zahlen",
    "call %1 on %2 with (%3)": "%1 auf %2 aufrufen mit (%3)",
    "%1, sending %2 ETH": "%1, mit %2 ETH",
    "Choose what the action does.": "Wählen Sie, was die Aktion tut.",
    "Propose \"%1\": %2": "„%1“ vorschlagen: %2",
    "Notifications": "Benachrichtigungen",
    "On the desktop": "Auf dem Desktop",
    "New proposals, and votes ending within a day that you have not cast. They also show in this window.": "Neue Vorschläge und Abstimmungen, die innerhalb eines Tages enden und bei denen Sie noch nicht abgestimmt haben. Sie erscheinen auch in diesem Fenster.",
    "Forums allowed": "Erlaubte Foren",
    "None yet: a proposal's discussion is read only from forums you allow.": "Noch keine: Die Diskussion zu einem Vorschlag wird nur aus Foren gelesen, die Sie erlauben.",
    " (with images)": " (mit Bildern)",
    "Forget": "Vergessen",
    "New proposal: %1": "Neuer Vorschlag: %1",
    "Voting ends soon: %1": "Abstimmung endet bald: %1",
    "Open DataDAO Desktop to read it and its discussion.": "Öffnen Sie DataDAO Desktop, um ihn und seine Diskussion zu lesen.",
    "About %1 left, and none of your accounts has voted.": "Noch etwa %1, und keines Ihrer Konten hat abgestimmt.",
    "Once, when anyone sends it to the governor while voting is open; a voter votes once.": "Einmal, wenn jemand sie während der Abstimmung an den Governor sendet; jede Adresse stimmt nur einmal ab.",
    "EIP-712 Ballot of GovernorBravo, sent with castVoteBySig": "EIP-712-Ballot von GovernorBravo, gesendet mit castVoteBySig",
    # Datasets and Contribute
    "Choose a file to contribute": "Datei zum Beitragen wählen",
    "Choose a folder to contribute": "Ordner zum Beitragen wählen",
    "Drop files or a folder: the app inspects the data, writes its metadata, content-addresses it, uploads it to storage and registers it on chain with a stake.":
        "Dateien oder einen Ordner ablegen: Die App prüft die Daten, schreibt ihre Metadaten, adressiert sie nach Inhalt, lädt sie in den Speicher hoch und registriert sie mit einem Einsatz auf der Chain.",
    "Drop a file or a folder here": "Datei oder Ordner hier ablegen",
    "Tables (CSV, TSV), JSON, Parquet, images, archives, models: every file is read on this computer first, and nothing leaves it until you publish.":
        "Tabellen (CSV, TSV), JSON, Parquet, Bilder, Archive, Modelle: Jede Datei wird zuerst auf diesem Computer gelesen, und nichts verlässt ihn, bevor Sie veröffentlichen.",
    "Choose a file…": "Datei wählen…", "Choose a folder…": "Ordner wählen…", "Inspecting %1": "Prüfe %1",
    "Describe it": "Beschreiben", "Title": "Titel", "Description (Markdown)": "Beschreibung (Markdown)",
    "What it holds, where it comes from, how it was collected": "Was es enthält, woher es stammt, wie es erhoben wurde",
    "License": "Lizenz", "Keywords, separated by commas": "Schlagwörter, durch Kommas getrennt",
    "Access price (%1)": "Zugangspreis (%1)", "Stake (%1)": "Einsatz (%1)", "Contribute as": "Beitragen als",
    "The stake is held by the registry while curators review the dataset: approval returns it, rejection can keep part of it for the treasury.":
        "Das Register hält den Einsatz, während Kuratoren den Datensatz prüfen: Eine Annahme gibt ihn zurück, eine Ablehnung kann einen Teil für die Schatzkammer einbehalten.",
    "Start over": "Neu beginnen", "Publish…": "Veröffentlichen…", "Published as dataset #%1": "Als Datensatz #%1 veröffentlicht",
    "Content CID": "Inhalts-CID", "Metadata CID (datapackage.json)": "Metadaten-CID (datapackage.json)",
    "Open its page": "Seite öffnen", "Contribute another": "Weiteren beitragen",
    "Choose where to save the dataset": "Speicherort für den Datensatz wählen", "← All datasets": "← Alle Datensätze",
    "Curator's reason: %1": "Begründung des Kurators: %1", "Access: %1": "Zugang: %1", "As": "Als",
    "Add an account in Wallet to buy access.": "Fügen Sie in der Wallet ein Konto hinzu, um Zugang zu kaufen.",
    "This account holds access: download the dataset, verified block by block against its CID.":
        "Dieses Konto hat Zugang: Laden Sie den Datensatz herunter, Block für Block gegen seine CID geprüft.",
    "Buying access records a grant on chain and pays the contributor; the DAO's treasury keeps a fee.":
        "Der Kauf vermerkt den Zugang auf der Chain und bezahlt den Beitragenden; die Schatzkammer der DAO behält eine Gebühr.",
    "Buy access…": "Zugang kaufen…", "Download to a folder…": "In einen Ordner herunterladen…",
    "Downloaded and verified: %1": "Heruntergeladen und geprüft: %1", "Download failed: %1": "Download fehlgeschlagen: %1",
    "Paused. The blocks already verified are kept.": "Angehalten. Bereits geprüfte Blöcke bleiben erhalten.",
    "Cancelled.": "Abgebrochen.", "Downloading and verifying every block…": "Lade herunter und prüfe jeden Block…",
    "Pause": "Anhalten", "Resume": "Fortsetzen", "Files": "Dateien", "Preview of %1": "Vorschau von %1",
    "Fetching the first rows, verified against the CID…": "Lade die ersten Zeilen, geprüft gegen die CID…",
    "No preview: %1": "Keine Vorschau: %1", "Details": "Details", "Metadata CID": "Metadaten-CID",
    "Contributor": "Beitragende Person", "Size": "Größe", "Stake": "Einsatz", "Buyers": "Käufer",
    "The datasets and models of %1. Search them, preview them, buy access and download them verified against their content address (CID).":
        "Die Datensätze und Modelle von %1. Durchsuchen, ansehen, Zugang kaufen und geprüft gegen ihre Inhaltsadresse (CID) herunterladen.",
    "Search titles, descriptions, keywords, licenses, formats": "Titel, Beschreibungen, Schlagwörter, Lizenzen, Formate durchsuchen",
    "Any status": "Jeder Status", "In review": "In Prüfung", "Approved": "Angenommen", "Rejected": "Abgelehnt",
    "Withdrawn": "Zurückgezogen", "Any license": "Jede Lizenz", "Any format": "Jedes Format", "Newest": "Neueste",
    "Any size": "Jede Größe", "Under 1 MB": "Unter 1 MB", "1–100 MB": "1–100 MB", "100 MB – 1 GB": "100 MB – 1 GB",
    "Over 1 GB": "Über 1 GB", "By %1": "Von %1", "Any contributor": "Alle Beitragenden",
    "More from this contributor": "Mehr von diesem Beitragenden",
    "Access is not sold: the registry sells it only for datasets in review or approved.":
        "Zugang wird nicht verkauft: Das Register verkauft ihn nur für Datensätze in Prüfung oder angenommene.",
    "Reading voting power at the snapshot…": "Stimmkraft zum Stichtag wird gelesen…",
    "Largest": "Größte", "Cheapest": "Günstigste",
    "This DAO has no dataset registry": "Diese DAO hat kein Datensatz-Register", "No datasets yet": "Noch keine Datensätze",
    "No dataset matches": "Kein Datensatz passt",
    "Open a DAO profile or add a DAO in Settings to see its datasets.":
        "Öffnen Sie ein DAO-Profil oder fügen Sie in den Einstellungen eine DAO hinzu, um ihre Datensätze zu sehen.",
    "Its profile names no DatasetRegistry contract, so there is no catalog to read.":
        "Ihr Profil nennt keinen DatasetRegistry-Vertrag, daher gibt es keinen Katalog zu lesen.",
    "Contribute the first one: drop a file or folder on the window.": "Tragen Sie den ersten bei: Legen Sie eine Datei oder einen Ordner auf dem Fenster ab.",
    "Try other words or filters.": "Versuchen Sie andere Wörter oder Filter.",
    "%n dataset(s)": ("%n Datensatz", "%n Datensätze"),
    "Drop data to contribute it, or a keystore file to import it": "Daten ablegen, um sie beizutragen, oder eine Keystore-Datei, um sie zu importieren",
    "Error": "Fehler", "Warning": "Warnung", "Note": "Hinweis",
    "%n file(s), %1": ("%n Datei, %1", "%n Dateien, %1"), "%n row(s)": ("%n Zeile", "%n Zeilen"),
    "header row": "Kopfzeile", "no header row": "keine Kopfzeile", "delimiter %1": "Trennzeichen %1", "tab": "Tabulator",
    "Column": "Spalte", "Type": "Typ", "Empty": "Leer", "Distinct": "Verschieden", "Min": "Min", "Max": "Max",
    "The confirmation was closed before \"%1\" was sent.": "Die Bestätigung wurde geschlossen, bevor „%1“ gesendet wurde.",
    "Reading its metadata…": "Lese seine Metadaten…", "Metadata unavailable: %1": "Metadaten nicht verfügbar: %1",
    "Dataset #%1": "Datensatz #%1", "Free": "Kostenlos", "Choose the account that pays.": "Wählen Sie das zahlende Konto.",
    "Checking the allowance…": "Prüfe die Freigabe…",
    "Allow the dataset registry to take %1 for \"%2\"": "Dem Datensatz-Register erlauben, %1 für „%2“ abzubuchen",
    "Buy access to \"%1\" for %2": "Zugang zu „%1“ für %2 kaufen",
    "Step %1 of %2: confirm it in the sheet.": "Schritt %1 von %2: Bestätigen Sie ihn im Dialog.",
    "Access bought.": "Zugang gekauft.", "The open DAO names no gateway to download from.": "Die geöffnete DAO nennt kein Gateway zum Herunterladen.",
    "%1 is not a folder.": "%1 ist kein Ordner.", "Hash and write the CAR": "Hashen und CAR schreiben",
    "Upload to storage": "In den Speicher hochladen", "Register on chain": "Auf der Chain registrieren",
    "%1 does not exist (was it moved or deleted?).": "%1 existiert nicht (verschoben oder gelöscht?).",
    "Drop a file or folder first.": "Legen Sie zuerst eine Datei oder einen Ordner ab.",
    "The inspection found errors: fix the files and drop them again.": "Die Prüfung hat Fehler gefunden: Korrigieren Sie die Dateien und legen Sie sie erneut ab.",
    "The open DAO has no dataset registry.": "Die geöffnete DAO hat kein Datensatz-Register.",
    "The open DAO names no storage node to upload to (its profile's storage.api).": "Die geöffnete DAO nennt keinen Speicherknoten zum Hochladen (storage.api in ihrem Profil).",
    "Choose the account that contributes and stakes.": "Wählen Sie das Konto, das beiträgt und den Einsatz leistet.",
    "Access price: %1": "Zugangspreis: %1", "Stake: %1": "Einsatz: %1",
    "Content %1 · metadata %2": "Inhalt %1 · Metadaten %2", "Uploading to %1": "Lade hoch zu %1",
    "“%1” was being published when the app stopped": "„%1“ wurde gerade veröffentlicht, als die App endete",
    "Its files are hashed and kept. What the storage node acknowledged is not sent again, and the registry is asked first whether the dataset is registered already, so nothing happens twice. Dropping other files starts over.":
        "Die Dateien sind gehasht und aufbewahrt. Was der Speicherknoten bestätigt hat, wird nicht erneut gesendet, und das Register wird zuerst gefragt, ob der Datensatz schon registriert ist; so geschieht nichts doppelt. Andere Dateien abzulegen beginnt von vorn.",
    "Continue publishing": "Veröffentlichung fortsetzen",
    "The DAO was closed while the files were hashed; open it and publish again.":
        "Die DAO wurde geschlossen, während die Dateien gehasht wurden; öffnen Sie sie und veröffentlichen Sie erneut.",
    "Remote pinning service": "Entfernter Pinning-Dienst", "Save": "Speichern",
    "Published datasets are also pinned by %1. Its token is sealed with the key of %2: unlock that account to publish with it.":
        "Veröffentlichte Datensätze werden auch von %1 angeheftet. Sein Token ist mit dem Schlüssel von %2 versiegelt: Entsperren Sie dieses Konto, um damit zu veröffentlichen.",
    "Any service of the IPFS Pinning Service API (Pinata, Filebase, 4EVERLAND…) can keep a second copy of what you publish. Its token is sealed with one of your accounts' keys, never stored in the clear.":
        "Jeder Dienst der IPFS Pinning Service API (Pinata, Filebase, 4EVERLAND…) kann eine zweite Kopie Ihrer Veröffentlichungen aufbewahren. Sein Token wird mit dem Schlüssel eines Ihrer Konten versiegelt und nie im Klartext gespeichert.",
    "Endpoint (https://…)": "Endpunkt (https://…)",
    "Pinning service endpoint": "Endpunkt des Pinning-Dienstes",
    "Access token": "Zugriffstoken",
    "Pinning service access token": "Zugriffstoken des Pinning-Dienstes",
    "Account whose key seals the token": "Konto, dessen Schlüssel das Token versiegelt",
    "The endpoint is the service's API address, such as https://api.pinata.cloud/psa.":
        "Der Endpunkt ist die API-Adresse des Dienstes, etwa https://api.pinata.cloud/psa.",
    "Paste the access token the service gave you.": "Fügen Sie das Zugriffstoken ein, das der Dienst Ihnen gab.",
    "Choose the account whose key seals the token.": "Wählen Sie das Konto, dessen Schlüssel das Token versiegelt.",
    "Unlock %1 first: the token is sealed with its key.": "Entsperren Sie zuerst %1: Das Token wird mit seinem Schlüssel versiegelt.",
    "No pinning service is set up.": "Kein Pinning-Dienst ist eingerichtet.",
    "Unlock %1 to use the pinning service: its token is sealed with that account's key.":
        "Entsperren Sie %1, um den Pinning-Dienst zu nutzen: Sein Token ist mit dem Schlüssel dieses Kontos versiegelt.",
    "Pin with %1": "Bei %1 anheften",
    "Asking %1 to pin both CIDs…": "%1 wird gebeten, beide CIDs anzuheften…",
    "%1: %2": "%1: %2",
    "The service could not pin %1: %2": "Der Dienst konnte %1 nicht anheften: %2",
    "it gave no reason": "er nannte keinen Grund",
    "Pinned by %1 (data and metadata)": "Von %1 angeheftet (Daten und Metadaten)",
    "Stopped by the restart; continues when you do": "Durch den Neustart angehalten; geht weiter, wenn Sie fortsetzen",
    "Not registered yet": "Noch nicht registriert",
    "This publication belongs to another DAO (chain %1, registry %2): open that DAO to continue it, or start over.":
        "Diese Veröffentlichung gehört zu einer anderen DAO (Chain %1, Register %2): Öffnen Sie diese DAO, um sie fortzusetzen, oder beginnen Sie von vorn.",
    "The prepared file %1 is gone, so the upload cannot continue: drop the files again.":
        "Die vorbereitete Datei %1 fehlt, daher kann der Upload nicht weitergehen: Legen Sie die Dateien erneut ab.",
    "This content is registered already, as dataset #%1 by another member.":
        "Dieser Inhalt ist schon registriert, als Datensatz #%1 eines anderen Mitglieds.",
    "Dataset #%1 (registered already: the transaction sent before the restart landed)":
        "Datensatz #%1 (schon registriert: die vor dem Neustart gesendete Transaktion kam an)",
    "%1 (data)": "%1 (Daten)", "%1 (metadata)": "%1 (Metadaten)", "Stored and pinned": "Gespeichert und angeheftet",
    "Checking the stake allowance…": "Prüfe die Freigabe für den Einsatz…",
    "Register \"%1\" with a stake of %2 %3": "„%1“ mit einem Einsatz von %2 %3 registrieren",
    "Allow the dataset registry to take the %1 %2 stake": "Dem Datensatz-Register erlauben, den Einsatz von %1 %2 abzubuchen",
    "Step %1 of %2: %3 — confirm it in the sheet": "Schritt %1 von %2: %3 – bestätigen Sie ihn im Dialog",
    "Cancelled. Nothing was registered; drop the files again to start over.": "Abgebrochen. Nichts wurde registriert; legen Sie die Dateien erneut ab, um neu zu beginnen.",
    "No gateway is configured for downloads.": "Für Downloads ist kein Gateway eingerichtet.",

    "More than 1,000 datasets; search or filter to narrow them": "Mehr als 1.000 Datensätze; suchen oder filtern Sie, um sie einzugrenzen",

}


def unescape(text):
    return text.replace("&apos;", "'").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace('"', "&quot;")


def fill(ts_path):
    text = Path(ts_path).read_text(encoding="utf-8")
    missing = []

    def replace(match):
        block = match.group(0)
        source = unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        german = DE.get(source)
        if german is None:
            missing.append(source)
            return block
        if isinstance(german, tuple):
            forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in german)
            translation = f"<translation>{forms}</translation>"
        else:
            translation = f"<translation>{escape(german)}</translation>"
        return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation, block, flags=re.S)

    text = re.sub(r"<message[^>]*>.*?</message>", replace, text, flags=re.S)
    Path(ts_path).write_text(text, encoding="utf-8")
    return missing


def fill_english_plurals(ts_path):
    if not Path(ts_path).exists():
        return

    text = Path(ts_path).read_text(encoding="utf-8")

    def replace(match):
        block = match.group(0)
        if 'numerus="yes"' not in block.split(">", 1)[0]:
            return block
        source = unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        forms = (source.replace("(s)", ""), source.replace("(s)", "s"))
        translation = "<translation>" + "".join(f"<numerusform>{escape(f)}</numerusform>" for f in forms) + \
            "</translation>"
        return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation, block, flags=re.S)

    text = re.sub(r"<message[^>]*>.*?</message>", replace, text, flags=re.S)
    Path(ts_path).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    folder = Path(__file__).resolve().parent.parent / "translations"
    fill_english_plurals(folder / "datadao_en.ts")
    ts = folder / "datadao_de.ts"
    missing = fill(ts)
    for source in missing:
        print(f"untranslated: {source}", file=sys.stderr)
    sys.exit(1 if missing and "--check" in sys.argv else 0)

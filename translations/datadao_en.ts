<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountCard</name>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="28"/>
        <source>Recovery phrase · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="29"/>
        <source>Imported keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="30"/>
        <source>Imported private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="37"/>
        <source>Account %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="37"/>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="37"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="67"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="67"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="82"/>
        <source>%1 %2 · %3 ETH · voting power %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="85"/>
        <source>not delegated: delegate to vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="86"/>
        <source>delegated to self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="87"/>
        <source>delegated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="102"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="102"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="108"/>
        <source>More…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="109"/>
        <source>More actions for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="117"/>
        <source>Send %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="117"/>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="123"/>
        <source>Delegate votes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="128"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="129"/>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="132"/>
        <source>Add next account from this phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="137"/>
        <source>Export keystore file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AccountCard.qml" line="139"/>
        <source>Remove from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../qml/wallet/AddAccountDialog.qml" line="12"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AddAccountDialog.qml" line="13"/>
        <source>Add the next account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AddAccountDialog.qml" line="14"/>
        <source>New account added and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AddAccountDialog.qml" line="34"/>
        <source>The next account comes from the same recovery phrase as %1 and uses the password you set when you created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AddAccountDialog.qml" line="36"/>
        <source>Account name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/AddAccountDialog.qml" line="37"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressText</name>
    <message>
        <location filename="../qml/components/AddressText.qml" line="39"/>
        <source>Address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddressText.qml" line="43"/>
        <location filename="../qml/components/AddressText.qml" line="50"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddressText.qml" line="47"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealForm</name>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="36"/>
        <source>Appeal the rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="36"/>
        <source>Challenge the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="43"/>
        <source>The token holders decide by a proposal. The deposit of %1 comes back if they overturn the rejection, and goes to the treasury if not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="44"/>
        <source>The dataset goes back to review for a new round. The deposit of %1 comes back if the curators then reject it, and joins the rewards pool if not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="54"/>
        <source>Why the rejection is wrong: what the curators missed, or what you corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="55"/>
        <source>What is wrong with the dataset, and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="62"/>
        <source>Appeal with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/AppealForm.qml" line="62"/>
        <source>Challenge with %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../qml/wallet/ChangePasswordDialog.qml" line="12"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ChangePasswordDialog.qml" line="13"/>
        <source>Change the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ChangePasswordDialog.qml" line="33"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ChangePasswordDialog.qml" line="34"/>
        <source>New password (at least 8 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ChangePasswordDialog.qml" line="35"/>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputePage</name>
    <message>
        <location filename="../qml/compute/ComputePage.qml" line="17"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/compute/ComputePage.qml" line="18"/>
        <source>Rent compute over the DAO&apos;s data with tokens held in escrow, or offer a machine as a provider and earn tokens running jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/compute/ComputePage.qml" line="23"/>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/compute/ComputePage.qml" line="24"/>
        <source>The compute market is not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationSheet</name>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="22"/>
        <source>Vote signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="23"/>
        <source>Nothing signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="23"/>
        <source>Confirm signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="24"/>
        <source>Transaction confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="25"/>
        <source>Transaction not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="26"/>
        <source>Confirm transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="117"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="117"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="125"/>
        <source>Sign and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/transactions/ConfirmationSheet.qml" line="125"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributePage</name>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="21"/>
        <source>Choose a file to contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="26"/>
        <source>Choose a folder to contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="42"/>
        <source>Contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="43"/>
        <source>Drop files or a folder: the app inspects the data, writes its metadata, content-addresses it, uploads it to storage and registers it on chain with a stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="64"/>
        <source>Drop the corrected files of dataset #%1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="65"/>
        <source>Drop a file or a folder here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="73"/>
        <source>Tables (CSV, TSV), JSON, Parquet, images, archives, models: every file is read on this computer first, and nothing leaves it until you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="80"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="81"/>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="88"/>
        <source>Not a correction: a new dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="110"/>
        <source>“%1” was being published when the app stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="125"/>
        <source>Its files are hashed and kept. What the storage node acknowledged is not sent again, and the registry is asked first whether the dataset is registered already, so nothing happens twice. Dropping other files starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="133"/>
        <source>Continue publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="150"/>
        <source>Inspecting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="153"/>
        <location filename="../qml/contribute/ContributePage.qml" line="322"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="182"/>
        <source>Describe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="183"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="185"/>
        <source>Description (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="192"/>
        <source>What it holds, where it comes from, how it was collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="195"/>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="213"/>
        <source>Keywords, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="219"/>
        <source>Access price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="224"/>
        <source>Stake (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="228"/>
        <source>Corrects your dataset (optional): its number, when this is a corrected version of one you published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="234"/>
        <source>#5 or 5; empty for a new dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="236"/>
        <source>Contribute as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="249"/>
        <source>The stake is held by the registry while curators review the dataset: approval returns it, rejection can keep part of it for the treasury.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="138"/>
        <location filename="../qml/contribute/ContributePage.qml" line="257"/>
        <location filename="../qml/contribute/ContributePage.qml" line="366"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="263"/>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="342"/>
        <source>Published as dataset #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="347"/>
        <source>Content CID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="349"/>
        <source>Metadata CID (datapackage.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="355"/>
        <source>Open its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/ContributePage.qml" line="358"/>
        <source>Contribute another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateWalletDialog</name>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="19"/>
        <source>Create a new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="32"/>
        <source>Main account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="48"/>
        <source>Word %1 does not match your recovery phrase. Go back and check what you wrote down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="70"/>
        <source>Wallet created. Account %1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="84"/>
        <source>Step %1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="104"/>
        <source>Your wallet starts from a recovery phrase: a list of words that can restore every account in it. Anyone who sees the phrase can take your tokens; if you lose it and your password, nobody can recover them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="109"/>
        <source>12 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="115"/>
        <source>24 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="127"/>
        <source>Write these words on paper, in order, and keep them offline. They are shown only now; the app will ask for three of them next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="144"/>
        <source>Enter these words from your recovery phrase to show that you have a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="155"/>
        <source>Word %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="164"/>
        <source>Word #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="175"/>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="180"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="185"/>
        <source>Password (at least 8 characters). It encrypts the keys on this computer; the recovery phrase restores them anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="193"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="199"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="217"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="217"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="229"/>
        <source>Show recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="230"/>
        <source>I wrote it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="231"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/CreateWalletDialog.qml" line="232"/>
        <source>Create wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurationAlerts</name>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="17"/>
        <source>Dataset #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="18"/>
        <source>“%1” (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="34"/>
        <source>Open Curation in DataDAO Desktop to read the reviews and their reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="38"/>
        <source>%1 was approved by curator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="39"/>
        <source>%1 was rejected by curator %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="44"/>
        <source>%1 is approved: the curators&apos; quorum decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="45"/>
        <source>%1 is rejected: the curators&apos; quorum decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="46"/>
        <source>Your stake is returned with the reward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="47"/>
        <source>You can appeal to the token holders from the dataset&apos;s reviews while the appeal window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="51"/>
        <source>%1 waits for governance: its reviews tied or its review period ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="52"/>
        <source>The token holders decide it through a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="56"/>
        <source>The token holders overturned the rejection of %1: it is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="57"/>
        <source>The token holders upheld the rejection of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="58"/>
        <source>The appeal deposit is returned with the reward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="59"/>
        <source>The appeal deposit is kept by the treasury.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="61"/>
        <source>%1, which you reviewed, is appealed to the token holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="62"/>
        <source>Read the appeal and vote on its proposal in Governance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="65"/>
        <source>%1 is challenged by %2 and back in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationalerts.cpp" line="66"/>
        <source>%1, which you reviewed, is challenged and back in review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurationCalls</name>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="26"/>
        <source>This DAO has no curation contract: its datasets are not reviewed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="101"/>
        <source>None (an approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="103"/>
        <source>Licence unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="105"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="107"/>
        <source>Duplicates a registered dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="109"/>
        <source>Does not match its description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="111"/>
        <source>Malformed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="113"/>
        <source>Low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="115"/>
        <source>Spam or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="117"/>
        <source>Unknown reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="146"/>
        <source>The curation contract&apos;s parameters have another shape than this app knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="161"/>
        <source>The curation contract&apos;s case has another shape than this app knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="185"/>
        <source>An approval has no reason: the reasons are for rejections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="187"/>
        <source>Pick the reason for the rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="190"/>
        <source>There is no reason %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="193"/>
        <source>The share of the stake to keep is between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="195"/>
        <source>An approval keeps none of the stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="197"/>
        <source>Approve &quot;%1&quot; as a curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="198"/>
        <source>Reject &quot;%1&quot; as a curator (%2), proposing to keep %3% of its stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="213"/>
        <source>Send &quot;%1&quot; to governance: its review period ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="253"/>
        <source>Say why the rejection is wrong: token holders read it before they vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="255"/>
        <source>Allow the curation contract to take the appeal deposit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="256"/>
        <source>Appeal the rejection of &quot;%1&quot; to token holders, with a deposit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="268"/>
        <source>Say what is wrong with the dataset: its new reviewers read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="270"/>
        <source>Allow the curation contract to take the challenge deposit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="271"/>
        <source>Challenge &quot;%1&quot;: back to review, with a deposit of %2 (returned if it is rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="280"/>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="282"/>
        <source>Allow the curation contract to take %1 for the rewards pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/curationcalls.cpp" line="285"/>
        <source>Add %1 to the curation rewards pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurationPage</name>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="36"/>
        <source>Curation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="37"/>
        <source>The review queue of %1. Measure a dataset against what its metadata claims, then approve or reject it on chain with a reason and the report as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="37"/>
        <source>the DAO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="46"/>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="64"/>
        <source>Curators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="73"/>
        <source>The curation rules have not been read from the chain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="74"/>
        <source>%1 reviews decide a dataset · %2 to review · reward %3 · fee %4 a review · up to %5% of a stake kept · %6 to appeal · pool %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="87"/>
        <source>%1 is a curator: the first tab holds what waits for its review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="88"/>
        <source>%1 is not a curator. It can read the queue and measure datasets; reviewing needs the curator role, which governance grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="100"/>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="100"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="100"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="100"/>
        <source>Appealed or challenged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="100"/>
        <source>My submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="106"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="130"/>
        <source>No DAO is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="131"/>
        <source>This DAO has no curation contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="132"/>
        <source>No account chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="133"/>
        <source>Nothing waits for your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="134"/>
        <source>No submissions from this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="135"/>
        <source>No dataset here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="136"/>
        <source>Open a DAO profile or add a DAO in Settings to see its review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="137"/>
        <source>Its profile names no DatasetCuration contract: datasets there are reviewed by the registry&apos;s own curators, without a quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="138"/>
        <source>Create or import a wallet in Wallet: this tab shows what concerns one of its accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="139"/>
        <source>Every dataset in review has your verdict, or is your own. New submissions appear here as soon as the chain has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="140"/>
        <source>Only curators review. Governance grants the role by a proposal; the other tabs show the whole queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="141"/>
        <source>Datasets this account contributes appear here with their reviews: drop a file or folder on the window to contribute one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CurationPage.qml" line="142"/>
        <source>Datasets appear here as their curation moves on. The app reads the chain in the background.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurationWords</name>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="21"/>
        <source>Waiting for a first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="23"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="25"/>
        <source>Waiting for governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="27"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="29"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="31"/>
        <source>Appealed to the token holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="33"/>
        <source>Approved on appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="35"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="53"/>
        <source>Approved by governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="54"/>
        <source>Approved by the curators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="55"/>
        <source>Rejected by governance; %1 of the stake to the treasury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="56"/>
        <source>Rejected by the curators; %1 of the stake to the treasury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="60"/>
        <source>The review period ran out: waiting for governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="61"/>
        <source>The curators are split: waiting for governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="63"/>
        <source>Reward of %1 paid to the contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="65"/>
        <source>Review fee of %1 paid to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="67"/>
        <source>Appealed with a deposit of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="70"/>
        <source>Appeal upheld: the rejection is overturned, the deposit returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="71"/>
        <source>Appeal dismissed: the deposit of %1 goes to the treasury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="73"/>
        <source>Approval challenged with a deposit of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="77"/>
        <source>Challenge upheld: the deposit of %1 is returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="78"/>
        <source>Challenge dismissed: the deposit of %1 joins the rewards pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="80"/>
        <source>Evidence added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="82"/>
        <source>Reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="84"/>
        <source>Reopened for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationwords.cpp" line="86"/>
        <source>Withdrawn by the contributor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CuratorsView</name>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="18"/>
        <source>‹ Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="23"/>
        <source>Curators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="24"/>
        <source>Agreement is the share of decided datasets where a curator&apos;s verdict matched the outcome; each such review earned the review fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="30"/>
        <source>No curators yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="31"/>
        <source>Governance grants the curator role by a proposal; curators appear here from the chain&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="62"/>
        <source>curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="62"/>
        <source>role revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/curation/CuratorsView.qml" line="68"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="73"/>
        <source>nothing decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="74"/>
        <source>agreed on %1 of %2 decided (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/CuratorsView.qml" line="80"/>
        <source>earned %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetAccess</name>
    <message>
        <location filename="../core/dao/datasetaccess.cpp" line="28"/>
        <source>Allow the dataset registry to take %1 for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/datasetaccess.cpp" line="42"/>
        <source>Buy access to &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/datasetaccess.cpp" line="76"/>
        <source>Withdraw &quot;%1&quot; from the registry and take back its stake of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetPublisher</name>
    <message>
        <location filename="../core/dao/datasetpublisher.cpp" line="118"/>
        <source>Dataset #%1, which this one would replace, is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/datasetpublisher.cpp" line="134"/>
        <source>Only its contributor can publish a corrected version of dataset #%1 (%2 contributed it; you publish as %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/datasetpublisher.cpp" line="165"/>
        <source>Allow the dataset registry to take the %1 stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/datasetpublisher.cpp" line="181"/>
        <source>Register &quot;%1&quot;, the corrected version of dataset #%2, with a stake of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/datasetpublisher.cpp" line="186"/>
        <source>Register &quot;%1&quot; with a stake of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="58"/>
        <source>Choose where to save the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="75"/>
        <source>← All datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="113"/>
        <source>Curator&apos;s reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="138"/>
        <source>Your dataset&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="138"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="145"/>
        <source>Reviews, reports and history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="154"/>
        <source>Waiting for the curators: no review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="155"/>
        <source>The curators are reviewing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="157"/>
        <source>Rejected. You may appeal to the token holders from its reviews, or publish a corrected version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="158"/>
        <source>Rejected by the curators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="159"/>
        <source>Approved by the curators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="178"/>
        <source>No curator has reviewed it yet: you may take it back with its stake of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="182"/>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="191"/>
        <source>A corrected version of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="206"/>
        <source>Replaced by its corrected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="224"/>
        <source>Fixed what the curators found? Drop the corrected files: the new dataset names this one as the one it replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="228"/>
        <source>Publish a corrected version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="252"/>
        <source>Access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="252"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="258"/>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="272"/>
        <source>Add an account in Wallet to buy access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="273"/>
        <source>This account holds access: download the dataset, verified block by block against its CID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="274"/>
        <source>Access is not sold: the registry sells it only for datasets in review or approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="275"/>
        <source>Buying access records a grant on chain and pays the contributor; the DAO&apos;s treasury keeps a fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="290"/>
        <source>Buy access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="298"/>
        <source>Download to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="326"/>
        <source>Downloaded and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="327"/>
        <source>Download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="328"/>
        <source>Paused. The blocks already verified are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="329"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="330"/>
        <source>Downloading and verifying every block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="335"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="340"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="345"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="355"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="401"/>
        <source>Preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="408"/>
        <source>Fetching the first rows, verified against the CID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="409"/>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="457"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="467"/>
        <source>Content CID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="478"/>
        <source>Metadata CID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="488"/>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="494"/>
        <source>More from this contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="503"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="505"/>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="507"/>
        <source>Stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetView.qml" line="509"/>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="36"/>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="37"/>
        <source>The datasets and models of %1. Search them, preview them, buy access and download them verified against their content address (CID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="37"/>
        <source>the DAO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="42"/>
        <source>Search titles, descriptions, keywords, licenses, formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="53"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="54"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="55"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="56"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="57"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="63"/>
        <source>Any license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="69"/>
        <source>Any format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="77"/>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="77"/>
        <source>Under 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="78"/>
        <source>1–100 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="78"/>
        <source>100 MB – 1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="79"/>
        <source>Over 1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="88"/>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="88"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="89"/>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="89"/>
        <source>Cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="115"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="122"/>
        <source>Any contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="139"/>
        <source>No DAO is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="140"/>
        <source>This DAO has no dataset registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="141"/>
        <source>No datasets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="142"/>
        <source>No dataset matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="143"/>
        <source>Open a DAO profile or add a DAO in Settings to see its datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="144"/>
        <source>Its profile names no DatasetRegistry contract, so there is no catalog to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="145"/>
        <source>Contribute the first one: drop a file or folder on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="146"/>
        <source>Try other words or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/datasets/DatasetsPage.qml" line="151"/>
        <source>More than 1,000 datasets; search or filter to narrow them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/datasets/DatasetsPage.qml" line="152"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../qml/wallet/DelegateDialog.qml" line="11"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/DelegateDialog.qml" line="12"/>
        <source>Delegate the votes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/DelegateDialog.qml" line="38"/>
        <source>Tokens only count as votes once they are delegated. Your tokens stay yours; you can change the delegate at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/DelegateDialog.qml" line="40"/>
        <source>To myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/DelegateDialog.qml" line="41"/>
        <source>To another address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegatesView</name>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="17"/>
        <source>Delegate your votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="18"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="36"/>
        <source>The votes of the account below go to %1, who then votes with them. Your tokens stay yours, and you can delegate elsewhere at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="53"/>
        <source>‹ All proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="58"/>
        <source>Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="59"/>
        <source>Who votes with the DAO&apos;s tokens, strongest first, and how they voted recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="67"/>
        <source>Delegating to you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="73"/>
        <source>No delegates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="74"/>
        <source>Delegates appear once token holders delegate their votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/governance/DelegatesView.qml" line="104"/>
        <source>%1 · %n delegator(s)</source>
        <translation>
            <numerusform>%1 · %n delegator</numerusform>
            <numerusform>%1 · %n delegators</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/governance/DelegatesView.qml" line="112"/>
        <source>Delegate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscussionPane</name>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="30"/>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="40"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="44"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="60"/>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="75"/>
        <source>This proposal links a discussion on %1. The app contacts a forum only after you allow it, since anyone can write a proposal and the forum sees your address when you read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="79"/>
        <source>Read discussions from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="88"/>
        <source>Reading the discussion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="93"/>
        <source>%1 The saved copy is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/forum/DiscussionPane.qml" line="111"/>
        <source>%n image(s) not loaded.</source>
        <translation>
            <numerusform>%n image not loaded.</numerusform>
            <numerusform>%n images not loaded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/forum/DiscussionPane.qml" line="117"/>
        <source>Show images from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../qml/components/DropOverlay.qml" line="36"/>
        <source>Drop data to contribute it, or a keystore file to import it</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/displayformat.cpp" line="43"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../qml/components/FormDialog.qml" line="21"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FormDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GovernanceCalls</name>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="63"/>
        <source>That is not a choice this app can vote with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="64"/>
        <source>Vote %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="80"/>
        <source>Send the signed vote of %1: %2 &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="84"/>
        <source>the voter who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="96"/>
        <source>Queue &quot;%1&quot; in the timelock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="97"/>
        <source>Cancel your proposal &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="98"/>
        <source>Execute &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="113"/>
        <source>the description of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="122"/>
        <source>Give the proposal a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="124"/>
        <source>The title is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="130"/>
        <source>Propose &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="131"/>
        <source>Propose &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="188"/>
        <location filename="../core/dao/governancecalls.cpp" line="196"/>
        <source>The node did not answer about voting power: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/governancecalls.cpp" line="190"/>
        <source>a call failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="38"/>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="39"/>
        <source>Proposals of %1, read from the chain and kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="39"/>
        <source>the DAO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="48"/>
        <source>New proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="55"/>
        <source>Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="69"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="70"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="71"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="76"/>
        <source>Search proposals by title or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="95"/>
        <source>No DAO is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="96"/>
        <source>No proposals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="97"/>
        <source>No proposal matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="98"/>
        <source>Open a DAO profile or add a DAO in Settings to see its proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="99"/>
        <source>Proposals appear here as soon as the chain has them. The app reads them in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/GovernancePage.qml" line="100"/>
        <source>Try another filter or search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/home/HomePage.qml" line="30"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="31"/>
        <source>What needs you: votes closing soon, reviews waiting, jobs to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="36"/>
        <source>Votes waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="63"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/home/HomePage.qml" line="88"/>
        <source>%n dataset(s) waiting for your review</source>
        <translation>
            <numerusform>%n dataset waiting for your review</numerusform>
            <numerusform>%n datasets waiting for your review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="96"/>
        <source>Open the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="107"/>
        <source>Signed votes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="131"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="132"/>
        <source>Signed by %1 on %2; counts once sent, before voting ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="136"/>
        <source>Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/home/HomePage.qml" line="157"/>
        <source>%n transaction(s) waiting to be mined</source>
        <translation>
            <numerusform>%n transaction waiting to be mined</numerusform>
            <numerusform>%n transactions waiting to be mined</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="161"/>
        <location filename="../qml/home/HomePage.qml" line="179"/>
        <source>Open wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="171"/>
        <source>Nothing needs you right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="171"/>
        <source>Start with a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="173"/>
        <source>Your wallet holds the keys that stake, vote and pay in this DAO. Create one or import the one you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="175"/>
        <source>No open vote and no review is waiting for your accounts, and no transaction is pending. Compute jobs will show up here when that section arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="176"/>
        <source>Proposals, reviews and compute jobs will show up here once the app is connected to the DAO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/home/HomePage.qml" line="179"/>
        <source>Set up a wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="20"/>
        <source>Import a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="61"/>
        <source>Choose a keystore file first, or drop one on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="75"/>
        <source>Imported %1. The account is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="87"/>
        <source>Choose a keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="88"/>
        <source>Keystore files (*.json UTC--*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="88"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="100"/>
        <location filename="../qml/wallet/ImportDialog.qml" line="122"/>
        <source>Recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="101"/>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="102"/>
        <source>Keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="113"/>
        <source>Recovery phrase (12 to 24 words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="120"/>
        <source>word1 word2 word3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="133"/>
        <source>BIP-39 passphrase, if you set one (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="140"/>
        <source>Private key (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="145"/>
        <source>0x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="157"/>
        <source>No file chosen. Choose one, or drop it on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="164"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="172"/>
        <source>The keystore file&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="180"/>
        <source>The file is kept as it is, so it keeps its own password. Files from geth, Foundry (cast) and MetaMask exports work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="185"/>
        <source>Account name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="190"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="197"/>
        <source>New password for this computer (at least 8 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="198"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="199"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="212"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/ImportDialog.qml" line="213"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionReport</name>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="19"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="19"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="19"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/contribute/InspectionReport.qml" line="24"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/contribute/InspectionReport.qml" line="66"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="67"/>
        <source>header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="67"/>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="68"/>
        <source>delimiter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="68"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="80"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="80"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="80"/>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="80"/>
        <source>Distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="80"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/contribute/InspectionReport.qml" line="80"/>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownNames</name>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="59"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="79"/>
        <source>the DAO&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="80"/>
        <source>the DAO&apos;s treasury (timelock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="81"/>
        <source>the DAO&apos;s Governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="83"/>
        <source>the dataset registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="85"/>
        <source>the curation contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="90"/>
        <source>the admin role (DEFAULT_ADMIN_ROLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/knownnames.cpp" line="92"/>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="13"/>
        <source>Queue in the timelock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="14"/>
        <source>Execute the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="14"/>
        <source>Cancel the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="15"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="40"/>
        <source>The proposal passed. Queuing hands its actions to the timelock, which lets them run after its delay. Any member can send this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="42"/>
        <source>Voting has not started yet, so you can withdraw your proposal. It stays on chain as canceled and can never be voted on or executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="43"/>
        <source>The timelock&apos;s delay has passed. Executing runs the proposal&apos;s actions from the treasury. Any member can send this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/LifecycleDialog.qml" line="45"/>
        <source>Account that pays the network fee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkConfirmDialog</name>
    <message>
        <location filename="../qml/components/LinkConfirmDialog.qml" line="16"/>
        <source>Open this link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LinkConfirmDialog.qml" line="38"/>
        <source>It opens in your web browser, at %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LinkConfirmDialog.qml" line="39"/>
        <source>It opens in the program your system uses for it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LinkConfirmDialog.qml" line="56"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LinkConfirmDialog.qml" line="61"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <source>DataDAO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="41"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="42"/>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="43"/>
        <source>Contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="44"/>
        <source>Curation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="45"/>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="46"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="47"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="48"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="155"/>
        <source>Accounts locked after %n idle minute(s).</source>
        <translation>
            <numerusform>Accounts locked after %n idle minute.</numerusform>
            <numerusform>Accounts locked after %n idle minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="29"/>
        <source>DataDAO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="57"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="84"/>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="94"/>
        <source>No wallet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/NavigationRail.qml" line="95"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="29"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="29"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="31"/>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PasswordField.qml" line="31"/>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <location filename="../qml/governance/ProposalCard.qml" line="61"/>
        <source>You voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalCard.qml" line="82"/>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalCard.qml" line="83"/>
        <source>Against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalCard.qml" line="84"/>
        <source>Abstain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/governance/ProposalCard.qml" line="86"/>
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n voter</numerusform>
            <numerusform>%n voters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalPresets</name>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="69"/>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="78"/>
        <source>a number of days above 0, such as 7 or 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="87"/>
        <source>an amount above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="94"/>
        <source>a share from 0 to 100 (%), up to two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="103"/>
        <source>choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="120"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="46"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="46"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="48"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="48"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="49"/>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="142"/>
        <source>set the curation rules: %1 decide a dataset, within %2; a reward of %3 for an approved dataset and %4 for each agreeing curator; at most %5 of a rejected stake kept; appeals within %6 with a deposit of %7; challenges with a deposit of %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="145"/>
        <source>one review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="145"/>
        <source>%1 reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="156"/>
        <source>This DAO has no %1 contract in its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="175"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="176"/>
        <source>The member&apos;s address, 0x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="177"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="178"/>
        <source>The dataset&apos;s number, as the catalog shows it (#4: 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="179"/>
        <source>Amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="180"/>
        <source>Paid from the treasury when the proposal executes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="182"/>
        <source>Make a member a curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="183"/>
        <source>The account may review datasets in the queue and earns the review fee when its verdict matches the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="186"/>
        <source>Remove a curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="187"/>
        <source>The account reviews no more; its reviews so far stay on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="188"/>
        <source>Reviews that decide a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="189"/>
        <source>A dataset is decided by the majority once this many curators have reviewed it; a tie goes to governance. The other curation rules stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="191"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="191"/>
        <source>From 1 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="193"/>
        <source>Time the curators have to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="194"/>
        <source>Counted from submission (or a challenge); a dataset short of its reviews by then goes to governance. The other curation rules stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="196"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="196"/>
        <source>Such as 7, or 0.5 for twelve hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="199"/>
        <source>Reward for an approved dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="200"/>
        <source>Paid from the rewards pool to the contributor of each approved dataset, with the stake returned. The other curation rules stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="202"/>
        <source>Reward in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="203"/>
        <source>0 pays no reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="205"/>
        <source>Fee for each agreeing curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="206"/>
        <source>Paid from the rewards pool to every curator whose verdict matches the outcome. The other curation rules stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="208"/>
        <source>Fee in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="208"/>
        <source>0 pays no fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="211"/>
        <source>Most of a rejected stake kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="212"/>
        <source>A rejection sends the curators&apos; proposed share of the stake to the treasury, at most this share; the rest goes back to the contributor. The other curation rules stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="215"/>
        <location filename="../core/dao/proposalpresets.cpp" line="221"/>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="215"/>
        <source>From 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="218"/>
        <source>Marketplace fee on sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="219"/>
        <source>The share of each access sale that goes to the treasury; the contributor gets the rest. The registry allows at most its own cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="221"/>
        <source>Such as 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="224"/>
        <source>Minimum stake to list a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="225"/>
        <source>What a contributor must stake at least to submit a dataset; datasets listed already keep their stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="227"/>
        <source>Stake in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="227"/>
        <source>Such as 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="230"/>
        <source>Fund the rewards pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="231"/>
        <source>Moves tokens from the treasury into the curation rewards pool, which pays the rewards and the review fees: two actions, the allowance and the funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="234"/>
        <source>Decide an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="235"/>
        <source>The token holders&apos; answer to a contributor who appealed a rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="237"/>
        <location filename="../core/dao/proposalpresets.cpp" line="246"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="238"/>
        <source>Overturn: the dataset is approved, the contributor gets the deposit back and the reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="240"/>
        <source>Uphold: the rejection stands, the deposit goes to the treasury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="242"/>
        <source>Decide a dataset left to governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="243"/>
        <source>For a tie, or a review period that ran out: approve it, or reject it and keep a share of its stake (at most the slash cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="247"/>
        <source>Approve: the stake is returned and the reward paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="247"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="248"/>
        <source>Stake kept (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="249"/>
        <source>A rejection only; 0 returns the whole stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="250"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="250"/>
        <source>Recorded with the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="263"/>
        <source>Choose what the proposal does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="265"/>
        <source>The curation contract&apos;s rules could not be read now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="325"/>
        <source>This DAO has no curation contract in its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="380"/>
        <source>the curation contract (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="381"/>
        <source>the treasury (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="387"/>
        <source>pay %1 from the treasury to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="389"/>
        <source>allow %1 to take %2 from the treasury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="395"/>
        <source>set the marketplace fee to %1 of each access sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="398"/>
        <source>set the minimum stake to list a dataset to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="402"/>
        <source>make %1 a curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="403"/>
        <source>remove %1 from the curators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="413"/>
        <source>add %1 from the treasury to the curation rewards pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="416"/>
        <source>overturn the rejection of dataset #%1: it is approved, and its contributor gets the appeal deposit back and the reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="418"/>
        <source>uphold the rejection of dataset #%1: the appeal deposit goes to the treasury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="422"/>
        <source>approve dataset #%1, left to governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/proposalpresets.cpp" line="423"/>
        <source>reject dataset #%1, left to governance, keeping %2 of its stake: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="39"/>
        <source>‹ All proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="61"/>
        <source>Proposed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="80"/>
        <source>Queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="87"/>
        <source>Execute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="94"/>
        <source>Cancel proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="100"/>
        <source>Vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="114"/>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="115"/>
        <source>Against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="116"/>
        <source>Abstain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="119"/>
        <source>Quorum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="129"/>
        <source>This proposal has no description beyond its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="140"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="143"/>
        <source>No on-chain actions: this proposal is a signal vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="165"/>
        <location filename="../qml/governance/ProposalView.qml" line="172"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="173"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="186"/>
        <source>Value sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="191"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="206"/>
        <source>Votes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposalView.qml" line="213"/>
        <source>No votes yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="15"/>
        <source>New proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="16"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="100"/>
        <source>Proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="113"/>
        <source>Title (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="116"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="117"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="126"/>
        <source>What and why, in markdown: lists, **bold**, links to the forum discussion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="135"/>
        <source>Nothing to preview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="142"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="147"/>
        <source>None yet: without actions this is a text-only signal vote, and nothing is executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="165"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="171"/>
        <source>Change the DAO&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="202"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="226"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="263"/>
        <source>Contract 0x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="270"/>
        <source>ETH sent (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="277"/>
        <source>Function, e.g. grantRole(bytes32,address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="286"/>
        <source>Arguments, one per line (arrays as [a,b])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="294"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="294"/>
        <source>Reading the rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="170"/>
        <source>Pay %1 from the treasury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="172"/>
        <source>Call a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="244"/>
        <source>Recipient 0x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/ProposeDialog.qml" line="251"/>
        <source>Amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationJob</name>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="24"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="34"/>
        <source>The open DAO names no storage node to upload to (its profile&apos;s storage.api).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="36"/>
        <location filename="../core/dao/publicationjob.cpp" line="80"/>
        <source>%1 (data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="38"/>
        <location filename="../core/dao/publicationjob.cpp" line="81"/>
        <source>%1 (metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="49"/>
        <source>The prepared file %1 is gone, so the upload cannot continue: drop the files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="56"/>
        <source>Uploading to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="65"/>
        <source>Stored and pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="107"/>
        <source>The service could not pin %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="110"/>
        <source>it gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="123"/>
        <source>Checking the registry and the stake allowance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="132"/>
        <source>This content is registered already, as dataset #%1 by another member (the registry takes it once: DatasetAlreadyRegistered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="140"/>
        <source>Dataset #%1 (registered already, by an earlier run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="151"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="162"/>
        <source>Dataset #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="173"/>
        <source>The open DAO has no dataset registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="181"/>
        <source>Inspecting, describing and hashing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="194"/>
        <source>%1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="198"/>
        <source>Content %1 · metadata %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="207"/>
        <source>This publication belongs to another DAO (chain %1, registry %2): open that DAO to continue it, or start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="220"/>
        <source>Asking the pinning service to pin both CIDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="238"/>
        <source>Pinned (data and metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/publicationjob.cpp" line="271"/>
        <source>Replaces: give the number of your dataset this one corrects, as the catalog shows it (#5: 5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityReportPane</name>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="30"/>
        <source>Quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="39"/>
        <source>Measure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="39"/>
        <source>Measure the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="46"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="53"/>
        <source>The app downloads the dataset again, checks every block against its CID, and measures the files itself: sizes, hashes, formats, schema, rows, empty values, personal data and duplicates of registered datasets. The report goes on chain with your review, so anyone can run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="82"/>
        <source>Every claim holds: files, sizes, hashes, formats, schema, rows and licence; no duplicate of a registered dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/curation/QualityReportPane.qml" line="83"/>
        <source>%n claim(s) of the metadata do not hold</source>
        <translation>
            <numerusform>%n claim of the metadata does not hold</numerusform>
            <numerusform>%n claims of the metadata do not hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/curation/QualityReportPane.qml" line="84"/>
        <source>; duplicates %n registered dataset(s)</source>
        <translation>
            <numerusform>; duplicates %n registered dataset</numerusform>
            <numerusform>; duplicates %n registered datasets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="105"/>
        <source>• %1% of its rows are in #%2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="106"/>
        <source>• The %1 as #%2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="116"/>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/curation/QualityReportPane.qml" line="133"/>
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n row</numerusform>
            <numerusform>%1 — %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="134"/>
        <source>, %1 duplicated (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="164"/>
        <source>empty %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="169"/>
        <source>distinct %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="197"/>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/curation/QualityReportPane.qml" line="198"/>
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n outlier</numerusform>
            <numerusform>%n outliers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/curation/QualityReportPane.qml" line="199"/>
        <source>personal data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueCard</name>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="73"/>
        <source>%1 of %2 reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="79"/>
        <source>· you reviewed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="85"/>
        <source>appeal window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="85"/>
        <source>review period over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="86"/>
        <source>%1 left to appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="87"/>
        <source>%1 left to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="95"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="95"/>
        <source>stake %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/QueueCard.qml" line="96"/>
        <source>submitted %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <location filename="../qml/governance/RelayDialog.qml" line="11"/>
        <source>Send a signed vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/RelayDialog.qml" line="12"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/RelayDialog.qml" line="33"/>
        <source>%1 on “%2”, signed by %3. Sending it casts that vote; the account below only pays the network fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/RelayDialog.qml" line="35"/>
        <source>Account that pays the network fee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../qml/wallet/RemoveDialog.qml" line="13"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/RemoveDialog.qml" line="15"/>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/RemoveDialog.qml" line="33"/>
        <source>The encrypted key of %1 will be deleted from this computer. Tokens stay on chain, but only your recovery phrase or an exported keystore file can bring the account back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/RemoveDialog.qml" line="39"/>
        <source>I have a backup of this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../qml/wallet/RenameDialog.qml" line="12"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/RenameDialog.qml" line="13"/>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/RenameDialog.qml" line="29"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevertWords</name>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="19"/>
        <source>dataset #{id} is not in review now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="21"/>
        <source>the review period of dataset #{id} is over; anyone may now send it to governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="22"/>
        <source>the review period of dataset #{id} is not over yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="24"/>
        <source>{curator} has already reviewed dataset #{id} in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="26"/>
        <source>{curator} submitted dataset #{id}, and a curator does not review their own dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="27"/>
        <source>an approval takes no reason, and a rejection needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="29"/>
        <source>keeping {slashBasisPoints} basis points of the stake is more than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="30"/>
        <source>dataset #{id} is not waiting for governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="32"/>
        <source>dataset #{id} is not rejected, or its appeal was decided already: only a rejection is appealed, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="34"/>
        <source>dataset #{id} has no open appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="36"/>
        <source>the time to appeal the rejection of dataset #{id} is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="38"/>
        <source>only the contributor of dataset #{id} may do this, and {caller} is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="40"/>
        <source>dataset #{id} is not approved: only an approved dataset can be challenged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="42"/>
        <source>these curation rules are not allowed: the quorum and the review period must be above zero and the slash cap at most 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="44"/>
        <source>an address given is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="46"/>
        <source>there is no dataset #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="48"/>
        <source>this content is registered already, as dataset #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="49"/>
        <source>dataset #{id} is not pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="51"/>
        <source>dataset #{id} is being reviewed, and a dataset under review can no longer be withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="52"/>
        <source>dataset #{id} is not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="53"/>
        <source>dataset #{id} is not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="55"/>
        <source>dataset #{id} is not for sale: only approved datasets are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="56"/>
        <source>the stake {stake} is below the minimum of {minimumStake}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="57"/>
        <source>a CID is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="58"/>
        <source>a fee of {feeBasisPoints} basis points is more than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="59"/>
        <source>{member} holds access to dataset #{id} already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="62"/>
        <source>{account} does not hold the role this needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="64"/>
        <source>{sender} holds {balance} of the token&apos;s smallest unit, and {needed} are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/revertwords.cpp" line="66"/>
        <source>{spender} may take {allowance} of the token&apos;s smallest unit, and {needed} are needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <location filename="../qml/curation/ReviewCard.qml" line="23"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewCard.qml" line="23"/>
        <source>Rejected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewCard.qml" line="30"/>
        <source>round %1 · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewCard.qml" line="38"/>
        <source>, proposing to keep %1% of the stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewCard.qml" line="53"/>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="50"/>
        <source>Your verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="57"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="58"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="64"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="74"/>
        <source>Keep of the stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="82"/>
        <source>% (at most %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="91"/>
        <source>What the contributor should know: what fails, where, and what a corrected version needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="92"/>
        <source>What the other curators and buyers should know (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="96"/>
        <source>The report is published to the DAO&apos;s storage and its address goes on chain with the review. Once the quorum is reached, the majority decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="97"/>
        <source>Measure the dataset first: a review carries its report as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="107"/>
        <source>Approve on chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="107"/>
        <source>Reject on chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewForm.qml" line="130"/>
        <source>A rejection says why in words: the contributor reads it, and may appeal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="19"/>
        <source>Choose an account of your wallet at the top of the queue to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="20"/>
        <source>The review period is over: the dataset waits for governance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="21"/>
        <source>This dataset is no longer open to reviews: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="22"/>
        <source>%1 has reviewed this dataset; each curator reviews a dataset once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="23"/>
        <source>This is your own dataset: other curators review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="24"/>
        <source>%1 is not a curator: reviews need the role, which governance grants. You can still measure the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="38"/>
        <source>‹ Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="76"/>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="78"/>
        <source>Stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="80"/>
        <location filename="../qml/curation/ReviewView.qml" line="137"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="82"/>
        <source>%1 of the %2 that decide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="83"/>
        <source> · %1 left to appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="83"/>
        <source> · %1 left to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="86"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="144"/>
        <source>No curator has reviewed it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="153"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/curation/ReviewView.qml" line="160"/>
        <source>Nothing has happened in its curation yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../qml/wallet/SendDialog.qml" line="11"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/SendDialog.qml" line="12"/>
        <source>Send %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/SendDialog.qml" line="27"/>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/SendDialog.qml" line="34"/>
        <source>Recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/SendDialog.qml" line="36"/>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="24"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="25"/>
        <source>Appearance, language and how the wallet protects your keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="34"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="38"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="44"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="50"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="62"/>
        <source>Lock the wallet after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="73"/>
        <source>never (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="74"/>
        <source>idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="80"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="86"/>
        <source>On the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="93"/>
        <source>New proposals, and votes ending within a day that you have not cast. They also show in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="99"/>
        <source>Forums allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="103"/>
        <source>None yet: a proposal&apos;s discussion is read only from forums you allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="111"/>
        <source> (with images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="112"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="117"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="128"/>
        <source>Network and DAO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="137"/>
        <source>No DAO profile is open. Open a profile file, or start the local devnet with `datadao-cli devnet up`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="151"/>
        <source>DAO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="152"/>
        <source>Chain id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="153"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="154"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="155"/>
        <source>Governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="156"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="157"/>
        <source>Timelock (treasury)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="158"/>
        <source>Profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="193"/>
        <source>Open DAO profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="199"/>
        <source>Rebuild the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="201"/>
        <source>Deletes what this app read from the chain for this DAO and reads it again. Your transactions and keys are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="213"/>
        <source>Add a DAO by its node and governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="226"/>
        <source>Node URLs, comma-separated (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="233"/>
        <source>Governor address 0x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="235"/>
        <source>Governor address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="239"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="250"/>
        <source>Remote pinning service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="264"/>
        <source>Published datasets are also pinned by %1. Its token is sealed with the key of %2: unlock that account to publish with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="265"/>
        <source>Any service of the IPFS Pinning Service API (Pinata, Filebase, 4EVERLAND…) can keep a second copy of what you publish. Its token is sealed with one of your accounts&apos; keys, never stored in the clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="274"/>
        <source>Endpoint (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="276"/>
        <source>Pinning service endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="282"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="284"/>
        <source>Pinning service access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="293"/>
        <source>Account whose key seals the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="299"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="305"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="325"/>
        <source>Open a DAO profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/settings/SettingsPage.qml" line="326"/>
        <source>DAO profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCalls</name>
    <message>
        <location filename="../core/dao/tokencalls.cpp" line="49"/>
        <source>The DAO&apos;s token names no symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/tokencalls.cpp" line="84"/>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/tokencalls.cpp" line="87"/>
        <source>Send %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/tokencalls.cpp" line="95"/>
        <source>Delegate your voting power to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/tokencalls.cpp" line="96"/>
        <source>Delegate your voting power to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionHistoryList</name>
    <message>
        <location filename="../qml/transactions/TransactionHistoryList.qml" line="24"/>
        <source>No transactions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/transactions/TransactionHistoryList.qml" line="25"/>
        <source>Transactions you sign in this app appear here with their status, and stay here after a restart. Pending ones are followed until they are mined; one the network dropped is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/transactions/TransactionHistoryList.qml" line="96"/>
        <source>%1 · nonce %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionService</name>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="88"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="90"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="92"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="93"/>
        <source>new contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="97"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="107"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="107"/>
        <source>%1 bytes, not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="109"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="111"/>
        <source>Max network fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="115"/>
        <source>Nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactionservice.cpp" line="121"/>
        <source>This account holds %1 %3 but the transaction needs up to %2 %3 (value plus the maximum network fee). Add %3 to the account before signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionTracker</name>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="59"/>
        <source>Mined in block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="62"/>
        <source>Mined but reverted in block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="73"/>
        <source>Waiting to be mined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="84"/>
        <source>Another transaction with nonce %1 from this account was mined instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="91"/>
        <source>The node dropped it and refuses it again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="94"/>
        <source>Sent (it had been signed but not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/transactiontracker.cpp" line="95"/>
        <source>Sent again (the node had dropped it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../qml/wallet/UnlockDialog.qml" line="12"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/UnlockDialog.qml" line="14"/>
        <source>Unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/UnlockDialog.qml" line="40"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="13"/>
        <source>Vote on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="14"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="42"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="73"/>
        <source>Delegate to myself…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="83"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="84"/>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="85"/>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="94"/>
        <source>Reason (optional): stored on chain with your vote, for everyone to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="101"/>
        <source>Sign now, send later (no fee now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/governance/VoteDialog.qml" line="109"/>
        <source>Your vote is signed and kept on this computer. It counts once it is sent, by you from another account or by anyone you give it to, while voting is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteWords</name>
    <message>
        <location filename="../core/dao/votewords.cpp" line="9"/>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/votewords.cpp" line="11"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/votewords.cpp" line="13"/>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/votewords.cpp" line="21"/>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/votewords.cpp" line="21"/>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dao/votewords.cpp" line="21"/>
        <source>abstain on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="26"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="27"/>
        <source>Your keys stay on this computer, encrypted with your password. Unlocked keys are wiped from memory when you lock or step away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="31"/>
        <source>Lock all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="37"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="43"/>
        <source>Create wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="60"/>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="61"/>
        <source>Create a new wallet with a recovery phrase, or import one you already have: a recovery phrase, a private key, or a keystore file from geth, Foundry or MetaMask. You can also drop a keystore file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="64"/>
        <source>Create a new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="70"/>
        <source>Import a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="82"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="88"/>
        <source>Transactions (%1 pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="89"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="145"/>
        <source>Choose a folder for the keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="153"/>
        <source>Keystore saved to %1. It is encrypted with this account&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="155"/>
        <source>Account %1 removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/wallet/WalletPage.qml" line="157"/>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::AppContext</name>
    <message>
        <location filename="../app/appcontext.cpp" line="120"/>
        <source>The app is closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::CatalogController</name>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="31"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="33"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="35"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="37"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="55"/>
        <source>Reading its metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="57"/>
        <source>Metadata unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="59"/>
        <source>Dataset #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogview.cpp" line="66"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="324"/>
        <source>No dataset is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="335"/>
        <source>Confirm it in the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="341"/>
        <source>Withdrawn: the stake is back in your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="353"/>
        <source>Choose the account that pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="353"/>
        <source>No node is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="358"/>
        <source>Checking the allowance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="377"/>
        <source>Step %1 of %2: confirm it in the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="384"/>
        <source>Access bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="397"/>
        <source>The open DAO names no gateway to download from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasets/catalogcontroller.cpp" line="412"/>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::ChainController</name>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="33"/>
        <source>No DAO profile is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="110"/>
        <source>&quot;%1&quot; is not an http(s) URL of a node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="116"/>
        <source>Enter the URL of at least one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="170"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="212"/>
        <source>Wrong network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="213"/>
        <location filename="../app/network/chaincontroller.cpp" line="235"/>
        <source>The node does not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network/chaincontroller.cpp" line="234"/>
        <source>%1 · block %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::ChainSync</name>
    <message>
        <location filename="../app/network/chainsync.cpp" line="175"/>
        <source>Reading the chain: block %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network/chainsync.cpp" line="184"/>
        <source>Governance sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network/chainsync.cpp" line="186"/>
        <source>Up to date at block %1 (after a chain reorganisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network/chainsync.cpp" line="187"/>
        <source>Up to date at block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network/chainsync.cpp" line="204"/>
        <source>Rebuilding the cache from the chain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::ContributeController</name>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="175"/>
        <source>Open the DAO this publication belongs to first (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="194"/>
        <source>Hash and write the CAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="195"/>
        <source>Upload to storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="196"/>
        <source>Register on chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="214"/>
        <source>%1 does not exist (was it moved or deleted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="221"/>
        <source>Inspecting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="256"/>
        <source>Drop a file or folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="258"/>
        <source>The inspection found errors: fix the files and drop them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="261"/>
        <source>The open DAO has no dataset registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="263"/>
        <source>The open DAO names no storage node to upload to (its profile&apos;s storage.api).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="266"/>
        <source>Choose the account that contributes and stakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="159"/>
        <source>Content %1 · metadata %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="161"/>
        <source>Stored and pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="164"/>
        <source>Stopped by the restart; continues when you do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="165"/>
        <source>Not registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="289"/>
        <source>Pin with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="345"/>
        <source>Pinned by %1 (data and metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="320"/>
        <source>No node is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="368"/>
        <source>Dataset #%1 (registered already: the transaction sent before the restart landed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="369"/>
        <source>Dataset #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="402"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contribute/contributecontroller.cpp" line="403"/>
        <source>Cancelled. Nothing was registered; drop the files again to start over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::CurationController</name>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="387"/>
        <source>Open a dataset of a DAO first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="396"/>
        <source>Reading the dataset&apos;s entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="428"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="434"/>
        <source>Measured here from the downloaded files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="450"/>
        <source>Choose the curator&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="451"/>
        <source>Measure the dataset first: a review carries its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="461"/>
        <source>Publishing the report to the DAO&apos;s storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="479"/>
        <source>Confirm the review in the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="485"/>
        <source>Review recorded on chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="506"/>
        <source>Choose the account at the top of the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="506"/>
        <source>No node is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="511"/>
        <source>Say why the rejection is wrong: the token holders read it before they vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="512"/>
        <source>Say what is wrong with the dataset: the curators read it in the new review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="515"/>
        <source>Checking the allowance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="534"/>
        <source>Step %1 of %2: confirm it in the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="545"/>
        <source>Appealed: the token holders decide by a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/curation/curationcontroller.cpp" line="546"/>
        <source>Challenged: the dataset is back in review for a new round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::ForumDiscussion</name>
    <message>
        <location filename="../app/forum/forumdiscussion.cpp" line="210"/>
        <source>Read from %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forum/forumdiscussion.cpp" line="211"/>
        <source>Saved copy from %1; it may have changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forum/forumdiscussion.cpp" line="197"/>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forum/forumdiscussion.cpp" line="167"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forum/forumdiscussion.cpp" line="170"/>
        <source>in reply to %1, post %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/forum/forumdiscussion.cpp" line="171"/>
        <source>an earlier post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::GovernanceController</name>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="197"/>
        <source>No votes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="245"/>
        <source>Proposal %1 is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="292"/>
        <source>no call (a plain transfer of value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/governance/governancecontroller.cpp" line="293"/>
        <source>%n byte(s) of calldata that this app cannot decode</source>
        <translation>
            <numerusform>%n byte of calldata that this app cannot decode</numerusform>
            <numerusform>%n bytes of calldata that this app cannot decode</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="324"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="324"/>
        <location filename="../app/governance/governancecontroller.cpp" line="326"/>
        <location filename="../app/governance/governancecontroller.cpp" line="328"/>
        <location filename="../app/governance/governancecontroller.cpp" line="333"/>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="325"/>
        <source>Voting starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="327"/>
        <source>Voting ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="330"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="331"/>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="332"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="336"/>
        <source>· executable from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancecontroller.cpp" line="357"/>
        <source>It can be executed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::GovernanceNotifier</name>
    <message>
        <location filename="../app/governance/governancenotifier.cpp" line="41"/>
        <source>New proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancenotifier.cpp" line="41"/>
        <source>Voting ends soon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancenotifier.cpp" line="43"/>
        <source>Open DataDAO Desktop to read it and its discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/governancenotifier.cpp" line="44"/>
        <source>About %1 left, and none of your accounts has voted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::PinningController</name>
    <message>
        <location filename="../app/settings/pinningcontroller.cpp" line="64"/>
        <source>The endpoint is the service&apos;s API address, such as https://api.pinata.cloud/psa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings/pinningcontroller.cpp" line="66"/>
        <source>Paste the access token the service gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings/pinningcontroller.cpp" line="69"/>
        <source>Choose the account whose key seals the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings/pinningcontroller.cpp" line="72"/>
        <source>Unlock %1 first: the token is sealed with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings/pinningcontroller.cpp" line="112"/>
        <source>No pinning service is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings/pinningcontroller.cpp" line="116"/>
        <source>Unlock %1 to use the pinning service: its token is sealed with that account&apos;s key.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="47"/>
        <source>Choose the account that pays the network fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="54"/>
        <source>The proposals are not read from the chain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="61"/>
        <source>Proposal %1 is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="93"/>
        <source>pay %1 %2 from the treasury to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="108"/>
        <source>call %1 on %2 with (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="112"/>
        <source>%1, sending %2 ETH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="121"/>
        <location filename="../app/governance/proposalcontroller.cpp" line="129"/>
        <source>Choose what the action does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/governance/proposalcontroller.cpp" line="125"/>
        <source>call %1 with %n byte(s) of calldata</source>
        <translation>
            <numerusform>call %1 with %n byte of calldata</numerusform>
            <numerusform>call %1 with %n bytes of calldata</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/governance/proposalcontroller.cpp" line="207"/>
        <source>Choose the account that proposes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::ProposalListModel</name>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="30"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="32"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="34"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="36"/>
        <source>Defeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="38"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="40"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="42"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="44"/>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="48"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/governance/proposallistmodel.cpp" line="57"/>
        <source>Voting starts in %n block(s) (about %1)</source>
        <translation>
            <numerusform>Voting starts in %n block (about %1)</numerusform>
            <numerusform>Voting starts in %n blocks (about %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/governance/proposallistmodel.cpp" line="62"/>
        <source>Voting ends in %n block(s) (about %1)</source>
        <translation>
            <numerusform>Voting ends in %n block (about %1)</numerusform>
            <numerusform>Voting ends in %n blocks (about %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="66"/>
        <source>Voting ended at block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="104"/>
        <source>Quorum is set when voting starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/proposallistmodel.cpp" line="105"/>
        <source>Quorum %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::TransactionController</name>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="27"/>
        <source>The app is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="62"/>
        <location filename="../app/transactions/transactioncontroller.cpp" line="77"/>
        <source>Open a DAO profile first (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="297"/>
        <source>The transaction was mined in block %1 but reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="313"/>
        <source>The confirmation was closed before &quot;%1&quot; was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="162"/>
        <source>No node is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="112"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="125"/>
        <source>It was sent; the history shows when it is mined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="165"/>
        <source>Simulating the transaction and estimating its fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="173"/>
        <source>your account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="203"/>
        <source>Reading what the signature covers from the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="232"/>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="259"/>
        <source>Signing and sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="282"/>
        <source>Sent. Waiting for it to be mined…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactioncontroller.cpp" line="295"/>
        <source>Confirmed in block %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::TransactionHistoryModel</name>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="72"/>
        <source>Signed, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="74"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="76"/>
        <source>Confirmed in block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="78"/>
        <source>Reverted in block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="80"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="82"/>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/transactions/transactionhistorymodel.cpp" line="84"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::TransactionTracking</name>
    <message>
        <location filename="../app/transactions/transactiontracking.cpp" line="46"/>
        <source>Pending transactions could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::TransferQueue</name>
    <message>
        <location filename="../app/transfers/transferqueue.cpp" line="351"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::TransferWorker</name>
    <message>
        <location filename="../app/transfers/transferqueue.cpp" line="111"/>
        <source>No gateway is configured for downloads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::VoteController</name>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="27"/>
        <source>What you sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="28"/>
        <source>A vote, not a transaction: nothing is sent and no fee is paid now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="29"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="30"/>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="31"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="31"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="32"/>
        <source>Voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="33"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="35"/>
        <source>Once, when anyone sends it to the governor while voting is open; a voter votes once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="37"/>
        <source>Once, when anyone sends it to the governor while voting is open. Another vote you sign on this governor before this one is sent shares its nonce (%1): only the first one sent counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="41"/>
        <source>Signed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="42"/>
        <source>%1 at %2 on %3 (chain %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="45"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="47"/>
        <source>EIP-712 Ballot of GovernorBravo, sent with castVoteBySig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="49"/>
        <source>EIP-712 Ballot, sent with castVoteBySig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="50"/>
        <source>EIP-712 ExtendedBallot, sent with castVoteWithReasonAndParamsBySig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="87"/>
        <location filename="../app/governance/votecontroller.cpp" line="100"/>
        <source>That is not a proposal and a choice this app can vote with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="102"/>
        <source>No node is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="113"/>
        <source>Sign a vote %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="130"/>
        <source>Vote signed and kept on this computer; nothing was sent. Send it from Home when an account has ETH for the fee, before voting ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="142"/>
        <source>Open a DAO profile first (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votecontroller.cpp" line="166"/>
        <source>That signed vote was already sent or is not kept any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::VoterCheck</name>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="58"/>
        <location filename="../app/governance/votercheck.cpp" line="91"/>
        <source>Connect to the DAO&apos;s node to check voting power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="59"/>
        <source>Reading voting power at the snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="81"/>
        <source>Proposal %1 is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="92"/>
        <source>Reading voting power at the snapshot (block %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="116"/>
        <source>Voting power at the snapshot (block %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="119"/>
        <source>This account has already voted on this proposal. A vote cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="122"/>
        <source>This account had no voting power at the snapshot (block %1): it held no %2 and nobody had delegated votes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="128"/>
        <source>This account holds %1 %2 but has 0 votes: tokens count as votes only once they are delegated, to yourself or to someone you trust. Delegating now counts from the next proposal on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="133"/>
        <source>This account&apos;s votes are delegated to %1, who votes with them. Delegate to yourself to vote directly from the next proposal on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/governance/votercheck.cpp" line="138"/>
        <source>This account delegated at block %1, after this proposal&apos;s snapshot (block %2), so its votes count from the next proposal on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::app::WalletController</name>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="75"/>
        <source>Choose a password of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="77"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="103"/>
        <source>Wrong password. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="119"/>
        <source>Encrypting your new wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="129"/>
        <source>Deriving the next account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="138"/>
        <source>Encrypting the imported key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="139"/>
        <source>Imported key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="148"/>
        <source>Opening the keystore file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="150"/>
        <source>Imported keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="164"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="187"/>
        <source>Renaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="199"/>
        <source>Re-encrypting with the new password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="213"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wallet/walletcontroller.cpp" line="225"/>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

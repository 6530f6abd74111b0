// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title DataDAO dataset registry: contributors register datasets (content and metadata CIDs,
/// in binary CID form) with a stake in the DAO's token; the curation contract (the holder of
/// CURATION_ROLE, which governance grants) decides them, and the registry returns or slashes the
/// stake as it says; members buy access, which records a grant on chain and pays the
/// contributor, less a treasury fee governance sets. Every change emits an event, so the catalog
/// is rebuilt from logs alone.
contract DatasetRegistry is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    bytes32 public constant CURATION_ROLE = keccak256("CURATION_ROLE");
    uint16 public constant MAX_FEE_BASIS_POINTS = 2000; // 20%

    enum Status {
        None,
        Pending,
        Approved,
        Rejected,
        Withdrawn
    }

    struct Dataset {
        address contributor;
        uint64 size;
        uint64 submittedAt;
        Status status;
        uint256 accessPrice;
        uint256 stake;
        bytes contentCid;
        bytes metadataCid;
        string license; // an SPDX identifier
    }

    IERC20 public immutable token;
    address public treasury;
    uint256 public minimumStake;
    uint16 public feeBasisPoints;
    uint256 public datasetCount;

    mapping(uint256 id => Dataset) private _datasets;
    mapping(bytes32 contentHash => uint256 id) public datasetByContent;
    mapping(uint256 id => mapping(address member => bool)) public hasAccess;
    /// Once a curator has reviewed it, a dataset can no longer be withdrawn.
    mapping(uint256 id => bool) public underReview;

    event DatasetSubmitted(
        uint256 indexed id,
        address indexed contributor,
        bytes contentCid,
        bytes metadataCid,
        uint64 size,
        string license,
        uint256 accessPrice,
        uint256 stake
    );
    event DatasetReviewed(
        uint256 indexed id, address indexed curator, Status status, bytes reportCid, string reason, uint256 slashed
    );
    event DatasetWithdrawn(uint256 indexed id);
    event DatasetReinstated(uint256 indexed id); // a rejection overturned on appeal
    event DatasetReopened(uint256 indexed id); // an approval challenged: back to review
    event MetadataUpdated(uint256 indexed id, bytes metadataCid);
    event AccessPriceChanged(uint256 indexed id, uint256 accessPrice);
    event AccessPurchased(uint256 indexed id, address indexed buyer, uint256 price, uint256 fee);
    event FeeChanged(uint16 feeBasisPoints);
    event MinimumStakeChanged(uint256 minimumStake);
    event TreasuryChanged(address treasury);

    error DatasetUnknown(uint256 id);
    error DatasetAlreadyRegistered(uint256 id);
    error DatasetNotPending(uint256 id, Status status);
    error DatasetUnderReview(uint256 id);
    error DatasetNotRejected(uint256 id, Status status);
    error DatasetNotApproved(uint256 id, Status status);
    error DatasetNotAvailable(uint256 id, Status status);
    error NotContributor(uint256 id, address caller);
    error StakeTooLow(uint256 stake, uint256 minimumStake);
    error EmptyCid();
    error FeeTooHigh(uint16 feeBasisPoints);
    error SlashTooHigh(uint16 slashBasisPoints);
    error AlreadyHasAccess(uint256 id, address member);
    error ZeroAddress();

    /// @param admin governance (the timelock), or the deployer until it has granted CURATION_ROLE
    /// to the curation contract and handed the admin role to the timelock.
    constructor(IERC20 token_, address admin, address treasury_, uint256 minimumStake_, uint16 feeBasisPoints_) {
        if (address(token_) == address(0) || admin == address(0) || treasury_ == address(0)) revert ZeroAddress();
        if (feeBasisPoints_ > MAX_FEE_BASIS_POINTS) revert FeeTooHigh(feeBasisPoints_);
        token = token_;
        treasury = treasury_;
        minimumStake = minimumStake_;
        feeBasisPoints = feeBasisPoints_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ---- contributors

    /// Registers a dataset and takes the stake (approve the registry for it first). The same
    /// content can be registered once at a time.
    function submit(
        bytes calldata contentCid,
        bytes calldata metadataCid,
        uint64 size,
        string calldata license,
        uint256 accessPrice,
        uint256 stake
    ) external nonReentrant returns (uint256 id) {
        if (contentCid.length == 0 || metadataCid.length == 0) revert EmptyCid();
        if (stake < minimumStake) revert StakeTooLow(stake, minimumStake);
        bytes32 contentHash = keccak256(contentCid);
        uint256 existing = datasetByContent[contentHash];
        if (existing != 0) revert DatasetAlreadyRegistered(existing);
        id = ++datasetCount;
        datasetByContent[contentHash] = id;
        _datasets[id] = Dataset({
            contributor: msg.sender,
            size: size,
            submittedAt: uint64(block.timestamp),
            status: Status.Pending,
            accessPrice: accessPrice,
            stake: stake,
            contentCid: contentCid,
            metadataCid: metadataCid,
            license: license
        });
        hasAccess[id][msg.sender] = true;
        if (stake > 0) token.safeTransferFrom(msg.sender, address(this), stake);
        emit DatasetSubmitted(id, msg.sender, contentCid, metadataCid, size, license, accessPrice, stake);
    }

    /// A contributor takes back a dataset no curator has reviewed yet, with its stake.
    function withdraw(uint256 id) external nonReentrant {
        Dataset storage d = _pendingOf(id);
        if (d.contributor != msg.sender) revert NotContributor(id, msg.sender);
        if (underReview[id]) revert DatasetUnderReview(id);
        d.status = Status.Withdrawn;
        uint256 stake = d.stake;
        d.stake = 0;
        delete datasetByContent[keccak256(d.contentCid)];
        if (stake > 0) token.safeTransfer(d.contributor, stake);
        emit DatasetWithdrawn(id);
    }

    function updateMetadata(uint256 id, bytes calldata metadataCid) external {
        Dataset storage d = _existing(id);
        if (d.contributor != msg.sender) revert NotContributor(id, msg.sender);
        if (metadataCid.length == 0) revert EmptyCid();
        d.metadataCid = metadataCid;
        emit MetadataUpdated(id, metadataCid);
    }

    function setAccessPrice(uint256 id, uint256 accessPrice) external {
        Dataset storage d = _existing(id);
        if (d.contributor != msg.sender) revert NotContributor(id, msg.sender);
        d.accessPrice = accessPrice;
        emit AccessPriceChanged(id, accessPrice);
    }

    // ---- the curation contract

    /// The first review of a round has come in: no withdrawing from here on.
    function startReview(uint256 id) external onlyRole(CURATION_ROLE) {
        _pendingOf(id);
        underReview[id] = true;
    }

    /// The decision: approval returns the stake to the contributor; rejection sends
    /// slashBasisPoints of it to the treasury and the rest back.
    function settle(uint256 id, bool approve, uint16 slashBasisPoints, string calldata reason)
        external
        nonReentrant
        onlyRole(CURATION_ROLE)
    {
        Dataset storage d = _pendingOf(id);
        if (slashBasisPoints > 10000 || (approve && slashBasisPoints != 0)) revert SlashTooHigh(slashBasisPoints);
        d.status = approve ? Status.Approved : Status.Rejected;
        underReview[id] = false;
        uint256 stake = d.stake;
        uint256 slashed = (stake * slashBasisPoints) / 10000;
        d.stake = 0;
        if (!approve) delete datasetByContent[keccak256(d.contentCid)];
        if (slashed > 0) token.safeTransfer(treasury, slashed);
        if (stake - slashed > 0) token.safeTransfer(d.contributor, stake - slashed);
        emit DatasetReviewed(id, msg.sender, d.status, bytes(""), reason, slashed);
    }

    /// A rejection overturned on appeal: listed again, unless the same content was registered
    /// since.
    function reinstate(uint256 id) external onlyRole(CURATION_ROLE) {
        Dataset storage d = _existing(id);
        if (d.status != Status.Rejected) revert DatasetNotRejected(id, d.status);
        bytes32 contentHash = keccak256(d.contentCid);
        uint256 existing = datasetByContent[contentHash];
        if (existing != 0) revert DatasetAlreadyRegistered(existing);
        datasetByContent[contentHash] = id;
        d.status = Status.Approved;
        emit DatasetReinstated(id);
    }

    /// An approval challenged: back to review (no withdrawing; its stake was returned at approval).
    function reopen(uint256 id) external onlyRole(CURATION_ROLE) {
        Dataset storage d = _existing(id);
        if (d.status != Status.Approved) revert DatasetNotApproved(id, d.status);
        d.status = Status.Pending;
        underReview[id] = true;
        emit DatasetReopened(id);
    }

    // ---- members

    /// Buys access: the price less the fee to the contributor, the fee to the treasury, and a
    /// grant recorded for the buyer. Pending and approved datasets can be bought.
    function buyAccess(uint256 id) public nonReentrant {
        Dataset storage d = _existing(id);
        if (d.status != Status.Pending && d.status != Status.Approved) revert DatasetNotAvailable(id, d.status);
        if (hasAccess[id][msg.sender]) revert AlreadyHasAccess(id, msg.sender);
        hasAccess[id][msg.sender] = true;
        uint256 price = d.accessPrice;
        uint256 fee = (price * feeBasisPoints) / 10000;
        if (fee > 0) token.safeTransferFrom(msg.sender, treasury, fee);
        if (price - fee > 0) token.safeTransferFrom(msg.sender, d.contributor, price - fee);
        emit AccessPurchased(id, msg.sender, price, fee);
    }

    function buyAccessWithPermit(uint256 id, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external {
        uint256 price = _existing(id).accessPrice;
        try IERC20Permit(address(token)).permit(msg.sender, address(this), price, deadline, v, r, s) {} catch {}
        buyAccess(id);
    }

    function dataset(uint256 id) external view returns (Dataset memory) {
        return _existing(id);
    }

    // ---- governance

    function setFee(uint16 feeBasisPoints_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (feeBasisPoints_ > MAX_FEE_BASIS_POINTS) revert FeeTooHigh(feeBasisPoints_);
        feeBasisPoints = feeBasisPoints_;
        emit FeeChanged(feeBasisPoints_);
    }

    function setMinimumStake(uint256 minimumStake_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        minimumStake = minimumStake_;
        emit MinimumStakeChanged(minimumStake_);
    }

    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (treasury_ == address(0)) revert ZeroAddress();
        treasury = treasury_;
        emit TreasuryChanged(treasury_);
    }

    function _existing(uint256 id) private view returns (Dataset storage d) {
        d = _datasets[id];
        if (d.status == Status.None) revert DatasetUnknown(id);
    }

    function _pendingOf(uint256 id) private view returns (Dataset storage d) {
        d = _existing(id);
        if (d.status != Status.Pending) revert DatasetNotPending(id, d.status);
    }
}

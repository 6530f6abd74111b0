// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

import {DatasetRegistry} from "./DatasetRegistry.sol";

/// @title DataDAO curation: how a dataset in the registry is decided. Curators (a role governance
/// grants and revokes) review it independently, each with a verdict, a reason from a fixed list,
/// free text and the URI of their quality report as ERC-1497 evidence; once `quorum` of them have
/// reviewed, the majority decides. A tie, or a review period that runs out, leaves it to
/// governance (the timelock). Approval returns the stake and pays the contributor a reward from
/// the rewards pool governance funds; every curator whose verdict matches the outcome earns the
/// review fee; rejection sends the rejecting curators' average proposed share of the stake,
/// capped, to the treasury. A contributor may appeal a rejection with a deposit, and token
/// holders uphold or overturn it by proposal; any member may challenge an approved dataset with
/// a deposit and evidence, which sends it back to review (the token-curated-registry pattern).
///
/// Beside the registry, not inside it: the registry keeps datasets, stakes and access grants,
/// which other tools read and which must outlive any set of review rules; governance can move
/// curation to a new contract by granting it the registry's CURATION_ROLE, without moving a
/// stake or a grant.
contract DatasetCuration is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    bytes32 public constant CURATOR_ROLE = keccak256("CURATOR_ROLE");
    uint16 public constant MAX_SLASH_CAP_BASIS_POINTS = 10000;

    /// Why a curator rejects (None on an approval).
    enum Reason {
        None,
        LicenseUnclear,
        PersonalData,
        DuplicatesRegistered,
        DoesNotMatchDescription,
        MalformedFiles,
        LowQuality,
        SpamOrOther
    }

    /// Where a dataset stands in curation (the registry's status says Pending, Approved or
    /// Rejected; this says why and what may happen next).
    enum Stage {
        None, // no review yet
        InReview,
        AwaitingGovernance, // a tie, or the review period ran out
        Approved,
        Rejected,
        Appealed,
        Overturned // rejected, then approved by governance on appeal
    }

    struct Review {
        bool done;
        bool approve;
        Reason reason;
        uint16 slashBasisPoints;
    }

    struct Case {
        Stage stage;
        uint32 round; // a challenge opens the next round
        uint8 approvals;
        uint8 rejections;
        uint64 openedAt; // the round's start: submission, or the challenge
        uint64 decidedAt;
        uint32 slashSum; // of the rejecting reviews' proposed basis points
        address challenger;
        uint256 challengeDeposit;
        uint256 appealDeposit;
    }

    struct Parameters {
        uint8 quorum; // reviews that decide a dataset
        uint64 reviewPeriod; // seconds from submission (or challenge) for the quorum to review
        uint256 reward; // to the contributor of an approved dataset
        uint256 reviewFee; // to each curator whose verdict matches the outcome
        uint16 slashCapBasisPoints; // at most this share of a rejected dataset's stake is kept
        uint64 appealWindow; // seconds after a rejection in which the contributor may appeal
        uint256 appealDeposit;
        uint256 challengeDeposit;
    }

    DatasetRegistry public immutable registry;
    IERC20 public immutable token;
    address public treasury;
    Parameters public parameters;
    /// Tokens set aside for rewards and fees; deposits held are not part of it.
    uint256 public pool;

    mapping(uint256 id => Case) private _cases;
    mapping(uint256 id => mapping(uint32 round => mapping(address curator => Review))) private _reviews;
    mapping(uint256 id => mapping(uint32 round => address[])) private _reviewers;

    /// ERC-1497: a party's evidence (here a curator's quality report, or a challenger's case) as
    /// the URI of its JSON evidence file. The group is the dataset id; the arbitrator, this
    /// contract (its curators, then governance, decide).
    event Evidence(
        address indexed _arbitrator, uint256 indexed _evidenceGroupID, address indexed _party, string _evidence
    );
    event ReviewSubmitted(
        uint256 indexed id,
        uint32 round,
        address indexed curator,
        bool approve,
        Reason reason,
        string text,
        string evidenceUri,
        uint16 slashBasisPoints
    );
    event Decided(uint256 indexed id, uint32 round, bool approved, uint256 slashed, bool byGovernance);
    event AwaitingGovernance(uint256 indexed id, uint32 round, bool expired);
    event RewardPaid(uint256 indexed id, address indexed contributor, uint256 amount);
    event ReviewFeePaid(uint256 indexed id, address indexed curator, uint256 amount);
    event Appealed(uint256 indexed id, address indexed contributor, uint256 deposit, string reason);
    event AppealResolved(uint256 indexed id, bool overturned, uint256 deposit);
    event Challenged(uint256 indexed id, uint32 round, address indexed challenger, uint256 deposit, string reason);
    event ChallengeResolved(uint256 indexed id, address indexed challenger, bool upheld, uint256 deposit);
    event PoolFunded(address indexed from, uint256 amount, uint256 pool);
    event ParametersChanged(Parameters parameters);

    error NotInReview(uint256 id, Stage stage);
    error ReviewPeriodOver(uint256 id, uint64 endedAt);
    error ReviewPeriodNotOver(uint256 id, uint64 endsAt);
    error AlreadyReviewed(uint256 id, address curator);
    error OwnDataset(uint256 id, address curator);
    error ReasonMismatch(bool approve, Reason reason);
    error SlashTooHigh(uint16 slashBasisPoints);
    error NotAwaitingGovernance(uint256 id, Stage stage);
    error NotRejected(uint256 id, Stage stage);
    error NotAppealed(uint256 id, Stage stage);
    error AppealWindowOver(uint256 id, uint64 endedAt);
    error NotContributor(uint256 id, address caller);
    error NotApproved(uint256 id, Stage stage);
    error BadParameters();
    error ZeroAddress();

    /// @param admin governance (the timelock): grants curators, sets the parameters, decides ties,
    /// expiries and appeals.
    constructor(DatasetRegistry registry_, address admin, address treasury_, Parameters memory parameters_, address[] memory curators) {
        if (address(registry_) == address(0) || admin == address(0) || treasury_ == address(0)) revert ZeroAddress();
        registry = registry_;
        token = registry_.token();
        treasury = treasury_;
        _setParameters(parameters_);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        for (uint256 i = 0; i < curators.length; ++i) {
            _grantRole(CURATOR_ROLE, curators[i]);
        }
    }

    // ---- curators

    /// One review per curator per round. `evidenceUri` points at the curator's ERC-1497 evidence
    /// file (which links the quality report); a rejection proposes the share of the stake to keep.
    function review(
        uint256 id,
        bool approve,
        Reason reason,
        string calldata text,
        string calldata evidenceUri,
        uint16 slashBasisPoints
    ) external nonReentrant onlyRole(CURATOR_ROLE) {
        DatasetRegistry.Dataset memory d = registry.dataset(id);
        Case storage c = _cases[id];
        _open(id, c, d);
        if (c.stage != Stage.InReview) revert NotInReview(id, c.stage);
        uint64 endsAt = c.openedAt + parameters.reviewPeriod;
        if (block.timestamp > endsAt) revert ReviewPeriodOver(id, endsAt);
        if (d.contributor == msg.sender) revert OwnDataset(id, msg.sender);
        if (approve != (reason == Reason.None)) revert ReasonMismatch(approve, reason);
        if (slashBasisPoints > 10000 || (approve && slashBasisPoints != 0)) revert SlashTooHigh(slashBasisPoints);
        Review storage r = _reviews[id][c.round][msg.sender];
        if (r.done) revert AlreadyReviewed(id, msg.sender);
        _reviews[id][c.round][msg.sender] = Review(true, approve, reason, slashBasisPoints);
        _reviewers[id][c.round].push(msg.sender);
        if (approve) {
            ++c.approvals;
        } else {
            ++c.rejections;
            c.slashSum += slashBasisPoints;
        }
        emit ReviewSubmitted(id, c.round, msg.sender, approve, reason, text, evidenceUri, slashBasisPoints);
        if (bytes(evidenceUri).length > 0) emit Evidence(address(this), id, msg.sender, evidenceUri);

        if (uint256(c.approvals) + c.rejections < parameters.quorum) return;
        if (c.approvals == c.rejections) {
            c.stage = Stage.AwaitingGovernance;
            emit AwaitingGovernance(id, c.round, false);
        } else {
            _decide(id, c, c.approvals > c.rejections, _averageSlash(c), text, false);
        }
    }

    /// Anyone: a review period that ran out before the quorum reviewed leaves the dataset to
    /// governance.
    function expire(uint256 id) external {
        Case storage c = _cases[id];
        _open(id, c, registry.dataset(id));
        if (c.stage != Stage.InReview) revert NotInReview(id, c.stage);
        uint64 endsAt = c.openedAt + parameters.reviewPeriod;
        if (block.timestamp <= endsAt) revert ReviewPeriodNotOver(id, endsAt);
        c.stage = Stage.AwaitingGovernance;
        emit AwaitingGovernance(id, c.round, true);
    }

    // ---- contributors and members

    /// The contributor of a rejected dataset asks token holders to overturn the rejection.
    function appeal(uint256 id, string calldata reason) external nonReentrant {
        Case storage c = _cases[id];
        if (c.stage != Stage.Rejected) revert NotRejected(id, c.stage);
        address contributor = registry.dataset(id).contributor;
        if (msg.sender != contributor) revert NotContributor(id, msg.sender);
        uint64 endsAt = c.decidedAt + parameters.appealWindow;
        if (block.timestamp > endsAt) revert AppealWindowOver(id, endsAt);
        c.stage = Stage.Appealed;
        uint256 deposit = parameters.appealDeposit;
        c.appealDeposit = deposit;
        if (deposit > 0) token.safeTransferFrom(msg.sender, address(this), deposit);
        emit Appealed(id, msg.sender, deposit, reason);
    }

    /// Any member challenges an approved dataset: it goes back to review for a new round.
    function challenge(uint256 id, string calldata reason, string calldata evidenceUri) external nonReentrant {
        Case storage c = _cases[id];
        if (c.stage != Stage.Approved && c.stage != Stage.Overturned) revert NotApproved(id, c.stage);
        uint256 deposit = parameters.challengeDeposit;
        c.stage = Stage.InReview;
        c.round += 1;
        c.approvals = 0;
        c.rejections = 0;
        c.slashSum = 0;
        c.openedAt = uint64(block.timestamp);
        c.decidedAt = 0;
        c.challenger = msg.sender;
        c.challengeDeposit = deposit;
        registry.reopen(id);
        if (deposit > 0) token.safeTransferFrom(msg.sender, address(this), deposit);
        emit Challenged(id, c.round, msg.sender, deposit, reason);
        if (bytes(evidenceUri).length > 0) emit Evidence(address(this), id, msg.sender, evidenceUri);
    }

    /// Adds to the rewards pool (approve this contract for the amount first).
    function fund(uint256 amount) external nonReentrant {
        pool += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit PoolFunded(msg.sender, amount, pool);
    }

    // ---- governance

    /// Decides a dataset left to governance (a tie or an expired review period).
    function resolve(uint256 id, bool approve, uint16 slashBasisPoints, string calldata reason)
        external
        nonReentrant
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        Case storage c = _cases[id];
        if (c.stage != Stage.AwaitingGovernance) revert NotAwaitingGovernance(id, c.stage);
        if (approve && slashBasisPoints != 0) revert SlashTooHigh(slashBasisPoints);
        _decide(id, c, approve, _capped(slashBasisPoints), reason, true);
    }

    /// Upholds (the deposit goes to the treasury) or overturns (the dataset is approved, the
    /// deposit and the reward go to the contributor) an appealed rejection. A slash already sent
    /// to the treasury comes back by a transfer in the same proposal, if token holders want.
    function resolveAppeal(uint256 id, bool overturn) external nonReentrant onlyRole(DEFAULT_ADMIN_ROLE) {
        Case storage c = _cases[id];
        if (c.stage != Stage.Appealed) revert NotAppealed(id, c.stage);
        uint256 deposit = c.appealDeposit;
        c.appealDeposit = 0;
        address contributor = registry.dataset(id).contributor;
        if (overturn) {
            c.stage = Stage.Overturned;
            registry.reinstate(id);
            if (deposit > 0) token.safeTransfer(contributor, deposit);
            _payReward(id, contributor);
        } else {
            c.stage = Stage.Rejected;
            c.decidedAt = 0; // no second appeal
            if (deposit > 0) token.safeTransfer(treasury, deposit);
        }
        emit AppealResolved(id, overturn, deposit);
    }

    function setParameters(Parameters calldata parameters_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setParameters(parameters_);
    }

    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (treasury_ == address(0)) revert ZeroAddress();
        treasury = treasury_;
    }

    // ---- views

    function caseOf(uint256 id) external view returns (Case memory) {
        return _cases[id];
    }

    function reviewOf(uint256 id, uint32 round, address curator) external view returns (Review memory) {
        return _reviews[id][round][curator];
    }

    function reviewersOf(uint256 id, uint32 round) external view returns (address[] memory) {
        return _reviewers[id][round];
    }

    // ---- internals

    /// A pending dataset's first review (or expiry) opens its case: the review period counts
    /// from its submission, and the registry no longer lets it be withdrawn.
    function _open(uint256 id, Case storage c, DatasetRegistry.Dataset memory d) private {
        if (c.stage != Stage.None || d.status != DatasetRegistry.Status.Pending) return;
        c.stage = Stage.InReview;
        c.openedAt = d.submittedAt;
        registry.startReview(id);
    }

    function _decide(uint256 id, Case storage c, bool approve, uint16 slashBasisPoints, string memory reason, bool byGovernance)
        private
    {
        c.stage = approve ? Stage.Approved : Stage.Rejected;
        c.decidedAt = uint64(block.timestamp);
        DatasetRegistry.Dataset memory d = registry.dataset(id);
        uint256 slashed = approve ? 0 : (d.stake * slashBasisPoints) / 10000;
        registry.settle(id, approve, approve ? 0 : slashBasisPoints, reason);
        emit Decided(id, c.round, approve, slashed, byGovernance);
        if (approve && c.round == 0) _payReward(id, d.contributor);
        // The curators who saw it as it was decided earn the fee.
        address[] storage reviewers = _reviewers[id][c.round];
        for (uint256 i = 0; i < reviewers.length; ++i) {
            if (_reviews[id][c.round][reviewers[i]].approve == approve) _pay(id, reviewers[i], parameters.reviewFee, true);
        }
        // A challenge that led to a rejection was right: its deposit goes back; one that did not
        // pays for the reviews it caused (its deposit joins the pool).
        uint256 deposit = c.challengeDeposit;
        if (c.challenger != address(0) && deposit > 0) {
            c.challengeDeposit = 0;
            if (approve) {
                pool += deposit;
            } else {
                token.safeTransfer(c.challenger, deposit);
            }
            emit ChallengeResolved(id, c.challenger, !approve, deposit);
        }
    }

    function _payReward(uint256 id, address contributor) private {
        _pay(id, contributor, parameters.reward, false);
    }

    /// Pays from the pool, as much as it holds: an empty pool delays no decision.
    function _pay(uint256 id, address to, uint256 amount, bool fee) private {
        if (amount > pool) amount = pool;
        if (amount == 0) return;
        pool -= amount;
        token.safeTransfer(to, amount);
        if (fee) {
            emit ReviewFeePaid(id, to, amount);
        } else {
            emit RewardPaid(id, to, amount);
        }
    }

    function _averageSlash(Case storage c) private view returns (uint16) {
        if (c.rejections == 0) return 0;
        return _capped(uint16(c.slashSum / c.rejections));
    }

    function _capped(uint16 slashBasisPoints) private view returns (uint16) {
        return slashBasisPoints > parameters.slashCapBasisPoints ? parameters.slashCapBasisPoints : slashBasisPoints;
    }

    function _setParameters(Parameters memory p) private {
        if (p.quorum == 0 || p.reviewPeriod == 0 || p.slashCapBasisPoints > MAX_SLASH_CAP_BASIS_POINTS) {
            revert BadParameters();
        }
        parameters = p;
        emit ParametersChanged(p);
    }
}

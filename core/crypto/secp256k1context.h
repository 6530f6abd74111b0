#pragma once

// The process-wide libsecp256k1 context, created once and randomized against side channels.

struct secp256k1_context_struct;

namespace dd::crypto {

const secp256k1_context_struct *secp256k1Context();

} // namespace dd::crypto

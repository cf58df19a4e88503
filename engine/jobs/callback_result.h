// The answer a long computation's progress callback gives: go on, or stop here (trainers, discrete searches).
#pragma once

namespace ebm {

/// The answer of a progress callback.
enum class CallbackResult { kContinue, kStop };

}  // namespace ebm

// Sessions of a web shop as sequences of events, and two seeded generators of them: normal users (a Markov
// chain over the events) and credential stuffing (a bot trying leaked passwords in bursts of failed logins).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "core/random.h"

namespace ebm {

/// The events, in the order of their indices.
enum class Event { Login, View, Search, AddToCart, Purchase, Logout, FailedLogin, PasswordReset };
constexpr int kEventCount = 8;
/// What comes before an event: the session's start (context 0) or the previous event e (context e + 1).
constexpr int kContextCount = kEventCount + 1;
constexpr int kSessionStart = 0;
[[nodiscard]] constexpr int contextAfter(int event) {
  return event + 1;
}

/// "login", "view", "search", "add-to-cart", "purchase", "logout", "failed-login", "password-reset".
[[nodiscard]] const std::vector<std::string>& eventNames();
/// "start", then the event names.
[[nodiscard]] const std::vector<std::string>& contextNames();

/// One session: its events in order (indices into eventNames()).
using EventSession = std::vector<int>;

/// How credential stuffing looks: a burst of failed logins, then sometimes a login that worked (the account
/// is taken over and used like a normal user's), else the bot just leaves.
struct AttackSettings {
  int shortestBurst = 3;
  int longestBurst = 12;
  double takeover = 0.35;  ///< share of bursts that end in a successful login
  /// Throws ArgumentError naming what cannot be used.
  void validate() const;
};

/// Draws sessions. The same seed gives the same sessions on every machine.
class SessionGenerator {
 public:
  static constexpr int kLongestSession = 40;  ///< a normal session is cut (with a logout) at this length

  SessionGenerator(std::uint64_t seed, std::uint64_t stream, AttackSettings attack = {});
  /// P(next event | context) of normal users: kContextCount × kEventCount, rows sum to 1 (the row after
  /// logout is never used: a session ends there).
  [[nodiscard]] static const Eigen::MatrixXd& normalTransitions();
  /// A normal user's session: the Markov chain from the start until logout.
  [[nodiscard]] EventSession normal();
  /// A credential-stuffing session.
  [[nodiscard]] EventSession credentialStuffing();
  [[nodiscard]] std::vector<EventSession> normal(int count);
  [[nodiscard]] std::vector<EventSession> credentialStuffing(int count);

 private:
  int next(int context);
  void continueNormally(EventSession& session);

  Random random_;
  AttackSettings attack_;
};

}  // namespace ebm

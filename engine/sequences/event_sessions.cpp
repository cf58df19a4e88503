#include "sequences/event_sessions.h"

#include <algorithm>

#include "core/errors.h"
#include "core/localized_text.h"

namespace ebm {
namespace {

constexpr int kLogin = int(Event::Login), kLogout = int(Event::Logout), kFailed = int(Event::FailedLogin);

}  // namespace

const std::vector<std::string>& eventNames() {
  static const std::vector<std::string> names = {
      EBM_TRANSLATE_NOOP("ebm", "login"),        EBM_TRANSLATE_NOOP("ebm", "view"),
      EBM_TRANSLATE_NOOP("ebm", "search"),       EBM_TRANSLATE_NOOP("ebm", "add-to-cart"),
      EBM_TRANSLATE_NOOP("ebm", "purchase"),     EBM_TRANSLATE_NOOP("ebm", "logout"),
      EBM_TRANSLATE_NOOP("ebm", "failed-login"), EBM_TRANSLATE_NOOP("ebm", "password-reset")};
  return names;
}

const std::vector<std::string>& contextNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out{"start"};
    for (const auto& e : eventNames())
      out.push_back(e);
    return out;
  }();
  return names;
}

void AttackSettings::validate() const {
  if (shortestBurst < 1 || longestBurst < shortestBurst || longestBurst > 100)
    throw ArgumentError(
        "A burst of failed logins must be 1 to 100 long, the shortest no longer than the longest.");
  if (!(takeover >= 0 && takeover <= 1)) throw ArgumentError("The takeover share must lie in [0, 1].");
}

SessionGenerator::SessionGenerator(std::uint64_t seed, std::uint64_t stream, AttackSettings attack)
    : random_(seed, stream), attack_(attack) {
  attack_.validate();
}

// Normal users: most log in at once, some mistype their password (and may give up and reset it); once in,
// they browse (view, search), fill a cart, sometimes buy, and log out.
const Eigen::MatrixXd& SessionGenerator::normalTransitions() {
  static const Eigen::MatrixXd p = [] {
    Eigen::MatrixXd m(kContextCount, kEventCount);
    //    login view  search cart  buy   logout failed reset
    m << 0.90, 0.00, 0.00, 0.00, 0.00, 0.00, 0.08, 0.02,         // start
        0.00, 0.55, 0.40, 0.00, 0.00, 0.05, 0.00, 0.00,          // after login
        0.00, 0.35, 0.22, 0.25, 0.00, 0.18, 0.00, 0.00,          // after view
        0.00, 0.65, 0.20, 0.00, 0.00, 0.15, 0.00, 0.00,          // after search
        0.00, 0.30, 0.15, 0.00, 0.45, 0.10, 0.00, 0.00,          // after add-to-cart
        0.00, 0.25, 0.15, 0.00, 0.00, 0.60, 0.00, 0.00,          // after purchase
        0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125,  // after logout: the session has ended
        0.78, 0.00, 0.00, 0.00, 0.00, 0.00, 0.12, 0.10,          // after failed-login
        0.95, 0.00, 0.00, 0.00, 0.00, 0.05, 0.00, 0.00;          // after password-reset
    return m;
  }();
  return p;
}

int SessionGenerator::next(int context) {
  const auto& p = normalTransitions();
  double u = random_.uniform();
  for (int e = 0; e < kEventCount; ++e) {
    u -= p(context, e);
    if (u < 0) return e;
  }
  return kLogout;  // rounding left a sliver past the last event
}

void SessionGenerator::continueNormally(EventSession& session) {
  while (session.back() != kLogout) {
    if (int(session.size()) >= kLongestSession - 1) {
      session.push_back(kLogout);
      break;
    }
    session.push_back(next(contextAfter(session.back())));
  }
}

EventSession SessionGenerator::normal() {
  EventSession session{next(kSessionStart)};
  continueNormally(session);
  return session;
}

EventSession SessionGenerator::credentialStuffing() {
  const int burst = attack_.shortestBurst +
                    int(random_.below(std::uint64_t(attack_.longestBurst - attack_.shortestBurst + 1)));
  EventSession session(std::size_t(burst), kFailed);
  if (random_.bernoulli(attack_.takeover)) {
    session.push_back(kLogin);
    continueNormally(session);
  }
  return session;
}

std::vector<EventSession> SessionGenerator::normal(int count) {
  std::vector<EventSession> out;
  out.reserve(std::size_t(std::max(count, 0)));
  for (int i = 0; i < count; ++i)
    out.push_back(normal());
  return out;
}

std::vector<EventSession> SessionGenerator::credentialStuffing(int count) {
  std::vector<EventSession> out;
  out.reserve(std::size_t(std::max(count, 0)));
  for (int i = 0; i < count; ++i)
    out.push_back(credentialStuffing());
  return out;
}

}  // namespace ebm

#include "energy/composition/conditional_family.h"

#include <sstream>

#include "core/errors.h"
#include "energy/composition/blend_energy.h"
#include "energy/composition/combination_rules.h"
#include "energy/composition/gaussian_algebra.h"

namespace ebm {

ConditionalFamily::ConditionalFamily(std::vector<Member> members) : members_(std::move(members)) {
  if (members_.empty()) throw ArgumentError("A conditional family needs at least one label.");
  for (std::size_t k = 0; k < members_.size(); ++k) {
    const auto& m = members_[k];
    if (m.label.empty()) throw ArgumentError("Every label of a conditional family needs a name.");
    if (!m.energy) throw ArgumentError("The label \"" + m.label + "\" has no energy.");
    if (m.energy->dimension() != members_.front().energy->dimension()) {
      throw ArgumentError("The energies of a conditional family must all have the same dimension; \"" +
                          m.label + "\" differs from \"" + members_.front().label + "\".");
    }
    for (std::size_t j = 0; j < k; ++j) {
      if (members_[j].label == m.label) throw ArgumentError("The label \"" + m.label + "\" appears twice.");
    }
  }
}

std::vector<std::string> ConditionalFamily::labels() const {
  std::vector<std::string> out;
  for (const auto& m : members_)
    out.push_back(m.label);
  return out;
}

bool ConditionalFamily::contains(const std::string& label) const {
  for (const auto& m : members_) {
    if (m.label == label) return true;
  }
  return false;
}

const ConditionalFamily::Member& ConditionalFamily::member(const std::string& label) const {
  for (const auto& m : members_) {
    if (m.label == label) return m;
  }
  std::string known;
  for (const auto& m : members_)
    known += (known.empty() ? "\"" : ", \"") + m.label + "\"";
  throw ArgumentError("There is no label \"" + label + "\" in this family; its labels are " + known + ".");
}

std::shared_ptr<const ConditionalEnergy> ConditionalFamily::given(const std::string& label) const {
  return between(label, label, 1.0);
}

std::shared_ptr<const ConditionalEnergy> ConditionalFamily::between(const std::string& a,
                                                                    const std::string& b,
                                                                    double alpha) const {
  const Member& first = member(a);
  const Member& second = member(b);
  return std::make_shared<ConditionalEnergy>(first.label, first.energy, second.label, second.energy, alpha);
}

std::optional<GaussianComponent> ConditionalFamily::blendedGaussian(const std::string& a,
                                                                    const std::string& b,
                                                                    double alpha) const {
  const auto* first = dynamic_cast<const GaussianMixtureEnergy*>(member(a).energy.get());
  const auto* second = dynamic_cast<const GaussianMixtureEnergy*>(member(b).energy.get());
  if (!first || !second || first->components().size() != 1 || second->components().size() != 1) {
    return std::nullopt;
  }
  return blendGaussians(first->components().front(), second->components().front(), alpha);
}

ConditionalEnergy::ConditionalEnergy(std::string labelA, EnergyPtr a, std::string labelB, EnergyPtr b,
                                     double alpha)
    : CompositeEnergy({std::move(a), std::move(b)}, "A conditional energy"),
      labelA_(std::move(labelA)),
      labelB_(std::move(labelB)),
      alpha_(alpha) {
  requireUnitInterval(alpha, "The interpolation α between two labels");
}

std::string ConditionalEnergy::describe() const {
  std::ostringstream text;
  text << "E(x | ";
  if (alpha_ == 1 || labelA_ == labelB_) {
    text << labelA_;
  } else if (alpha_ == 0) {
    text << labelB_;
  } else {
    text << alpha_ << "·" << labelA_ << " + " << 1 - alpha_ << "·" << labelB_;
  }
  text << ")";
  return text.str();
}

bool ConditionalEnergy::usesTerm(std::size_t k) const {
  return k == 0 ? alpha_ != 0 : alpha_ != 1;
}

// E = α·E(x|a) + (1 − α)·E(x|b), the same rule as BlendEnergy.
void ConditionalEnergy::combine(std::span<const float* const> termValues, Index n, float* out) const {
  const double coefficients[2] = {alpha_, 1 - alpha_};
  combination::linear(termValues, coefficients, n, out);
}

std::optional<std::vector<double>> ConditionalEnergy::linearCoefficients() const {
  return std::vector<double>{alpha_, 1 - alpha_};
}

}  // namespace ebm

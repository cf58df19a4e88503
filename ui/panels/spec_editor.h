// A form generated from an energy's JSON spec: every number becomes a spin box, vectors become rows and
// matrices grids, so any analytic energy's parameters can be edited without a hand-written form.
#pragma once

#include <QWidget>
#include <optional>

#include <nlohmann/json.hpp>

class QDoubleSpinBox;
class QFormLayout;

namespace ebmui {

/// Shows a spec and emits specEdited() with the whole edited spec after each change. Strings and booleans are
/// shown read-only; nested objects (mixture components, composed terms) get a titled group each. A covariance
/// stays symmetric as it is typed: an off-diagonal entry sets its mirror too.
class SpecEditor : public QWidget {
  Q_OBJECT
 public:
  explicit SpecEditor(QWidget* parent = nullptr);
  void setSpec(const nlohmann::json& spec);
  [[nodiscard]] const nlohmann::json& spec() const { return spec_; }

 signals:
  void specEdited(const nlohmann::json& spec);

 private:
  void build(QFormLayout* form, const nlohmann::json& node, const nlohmann::json::json_pointer& at,
             int depth);
  /// A box for the number at `at`; with `mirrorAt`, typing sets that number too (a symmetric matrix).
  QDoubleSpinBox* numberBox(const nlohmann::json::json_pointer& at, double value,
                            const std::optional<nlohmann::json::json_pointer>& mirrorAt = std::nullopt);
  QWidget* matrixGrid(const nlohmann::json& matrix, const nlohmann::json::json_pointer& at, bool symmetric);

  nlohmann::json spec_;
  QWidget* content_ = nullptr;
};

}  // namespace ebmui

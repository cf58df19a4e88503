// One look for every chart: dark, like the views, with readable axes.
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QAbstractAxis;
QT_END_NAMESPACE

namespace ebmui {

void styleChart(QChart* chart, const QString& title);
void styleAxis(QAbstractAxis* axis);

}  // namespace ebmui

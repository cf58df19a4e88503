#include "workloads.h"
namespace ebm::bench {
void runQualityTable(double, const char*, const char*) {}
}

#ifndef OCCULTER_CPCRE2_SHIM_H
#define OCCULTER_CPCRE2_SHIM_H
// 8-bit code units: Occulter matches UTF-8 bytes directly.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#endif

#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Macros Swift cannot import, as functions. */
static inline size_t cpcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }
static inline size_t cpcre2_unset(void) { return PCRE2_UNSET; }
static inline uint32_t cpcre2_caseless(void) { return PCRE2_CASELESS; }
static inline uint32_t cpcre2_utf(void) { return PCRE2_UTF; }
static inline uint32_t cpcre2_ucp(void) { return PCRE2_UCP; }
static inline uint32_t cpcre2_multiline(void) { return PCRE2_MULTILINE; }
static inline uint32_t cpcre2_dotall(void) { return PCRE2_DOTALL; }
static inline uint32_t cpcre2_extended(void) { return PCRE2_EXTENDED; }
static inline uint32_t cpcre2_no_utf_check(void) { return PCRE2_NO_UTF_CHECK; }
static inline uint32_t cpcre2_jit_complete(void) { return PCRE2_JIT_COMPLETE; }
static inline uint32_t cpcre2_info_minlength(void) { return PCRE2_INFO_MINLENGTH; }
static inline int cpcre2_error_nomatch(void) { return PCRE2_ERROR_NOMATCH; }
static inline int cpcre2_error_matchlimit(void) { return PCRE2_ERROR_MATCHLIMIT; }
static inline int cpcre2_error_depthlimit(void) { return PCRE2_ERROR_DEPTHLIMIT; }
static inline int cpcre2_error_heaplimit(void) { return PCRE2_ERROR_HEAPLIMIT; }
static inline int cpcre2_error_jit_stacklimit(void) { return PCRE2_ERROR_JIT_STACKLIMIT; }

#endif

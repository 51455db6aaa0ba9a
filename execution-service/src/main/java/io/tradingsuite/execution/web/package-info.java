/**
 * REST order entry and queries, Alpaca style: snake_case JSON, lower-case enums, decimals as strings (numbers are
 * accepted on input). Only the caller's account's orders are visible.
 */
package io.tradingsuite.execution.web;

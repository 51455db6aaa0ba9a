/** Configuration of the execution service ({@code ts.execution.*}) as validated records. */
package io.tradingsuite.execution.config;
